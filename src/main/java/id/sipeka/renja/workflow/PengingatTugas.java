package id.sipeka.renja.workflow;

import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.security.Peran;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer before a deadline: reminds whoever must act (the unit head, the sekcam or the camat). */
@Component("pengingatTugas")
class PengingatTugas implements JavaDelegate {

    private final Pemberitahu pemberitahu;

    PengingatTugas(Pemberitahu pemberitahu) {
        this.pemberitahu = pemberitahu;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PenerimaTugas.Tugas tugas = PenerimaTugas.dari(execution);
        long renjaId = ((Number) execution.getVariable("renjaId")).longValue();
        long kecamatanId = ((Number) execution.getVariable("kecamatanId")).longValue();
        Long unitId = tugas.pelaksana() == Peran.KEPALA_UNIT ? ((Number) execution.getVariable("unitId")).longValue() : null;
        pemberitahu.kirim(new Pemberitahuan(kecamatanId, tugas.pelaksana(), unitId, "PENGINGAT",
                "Pengingat: " + tugas.nama(), "Batas waktu \"" + tugas.nama() + "\" Renja tinggal 2 hari.",
                tugas.tautan().formatted(renjaId)));
    }
}
