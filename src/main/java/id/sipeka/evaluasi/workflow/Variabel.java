package id.sipeka.evaluasi.workflow;

import id.sipeka.base.FormatIndonesia;
import org.flowable.engine.delegate.DelegateExecution;

/** The evaluation's process variables a timer needs (ids and numbers only, never entities). */
record Variabel(long evaluasiId, long kecamatanId, int triwulan, Long unitId) {

    static Variabel dari(DelegateExecution execution) {
        Object unit = execution.getVariable("unitId");
        return new Variabel(((Number) execution.getVariable("evaluasiId")).longValue(),
                ((Number) execution.getVariable("kecamatanId")).longValue(),
                ((Number) execution.getVariable("triwulan")).intValue(),
                unit == null ? null : ((Number) unit).longValue());
    }

    String triwulanRomawi() {
        return FormatIndonesia.triwulan(triwulan);
    }
}
