package id.sipeka.evaluasi.workflow;

import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.security.Peran;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer two days before the deadline: reminds the unit that its laporan evaluasi is still open. */
@Component("pengingatEvaluasi")
class PengingatEvaluasi implements JavaDelegate {

    private final Pemberitahu pemberitahu;

    PengingatEvaluasi(Pemberitahu pemberitahu) {
        this.pemberitahu = pemberitahu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Variabel v = Variabel.dari(execution);
        pemberitahu.kirim(new Pemberitahuan(v.kecamatanId(), Peran.KEPALA_UNIT, v.unitId(), "PENGINGAT",
                Pesan.get("evaluasi.pengingatJudul", v.triwulanRomawi()), Pesan.get("evaluasi.pengingatPesan", v.triwulanRomawi()),
                "evaluasi/" + v.evaluasiId() + "/laporan"));
    }
}
