package id.sipeka.renja.workflow;

import id.sipeka.security.Peran;
import java.util.Map;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * Who works on a Renja task and who is next up when it is late. Unit tasks go to the unit head and escalate to
 * the sekcam; the sekcam's tasks escalate to the camat; the camat's own task escalates to the sekcam, who
 * prepares the penetapan with him.
 */
final class PenerimaTugas {

    record Tugas(String id, String nama, Peran pelaksana, Peran eskalasi, String tautan) {
    }

    private static final Map<String, Tugas> TUGAS = Map.of(
            "isiBagian", new Tugas("isiBagian", "Isi bagian", Peran.KEPALA_UNIT, Peran.SEKCAM, "renja/%d/bagian"),
            "revisiBagian", new Tugas("revisiBagian", "Revisi bagian", Peran.KEPALA_UNIT, Peran.SEKCAM, "renja/%d/bagian"),
            "telaahSekcam", new Tugas("telaahSekcam", "Telaah sekcam", Peran.SEKCAM, Peran.CAMAT, "renja/%d/sekcam"),
            "telaahRevisi", new Tugas("telaahRevisi", "Telaah revisi", Peran.SEKCAM, Peran.CAMAT, "renja/%d/sekcam"),
            "forumPerangkatDaerah", new Tugas("forumPerangkatDaerah", "Forum perangkat daerah", Peran.SEKCAM, Peran.CAMAT, "renja/%d/sekcam"),
            "setujuiRancanganAkhir", new Tugas("setujuiRancanganAkhir", "Setujui rancangan akhir", Peran.SEKCAM, Peran.CAMAT, "renja/%d/sekcam"),
            "penetapan", new Tugas("penetapan", "Penetapan", Peran.CAMAT, Peran.SEKCAM, "renja/%d/penetapan"));

    private PenerimaTugas() {
    }

    /** The user task whose timer led to this service task (timer → this task). */
    static Tugas dari(DelegateExecution execution) {
        FlowNode layanan = (FlowNode) execution.getCurrentFlowElement();
        BoundaryEvent timer = (BoundaryEvent) layanan.getIncomingFlows().getFirst().getSourceFlowElement();
        Tugas tugas = TUGAS.get(timer.getAttachedToRefId());
        if (tugas == null) {
            throw new IllegalStateException("Tugas tanpa penerima: " + timer.getAttachedToRefId());
        }
        return tugas;
    }
}
