package id.sipeka.notifikasi.workflow;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import java.time.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Timer before a deadline, for any process: reminds whoever works on the task (its candidate group). */
@Component("pengingatTugas")
class PengingatTugas implements JavaDelegate {

    private final Pemberitahu pemberitahu;
    private final Clock clock;

    PengingatTugas(Pemberitahu pemberitahu, Clock clock) {
        this.pemberitahu = pemberitahu;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TugasBertimer t = TugasBertimer.dari(execution, clock.getZone());
        pemberitahu.kirim(new Pemberitahuan(t.kecamatanId(), t.pelaksana(), t.unitId(), "PENGINGAT",
                Pesan.get("pengingat.judul", t.nama()), Pesan.get("pengingat.pesan", t.nama(), FormatIndonesia.tanggal(t.batas())),
                t.rute(), t.subjek()));
    }
}
