package id.sipeka.notifikasi.workflow;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import id.sipeka.notifikasi.Pemberitahu;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.SistemAuthentication;
import java.time.Clock;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Timer after a deadline, for any process: tells the level named by the task's {@code sipeka:eskalasi} attribute
 * that the task is late (the task itself stays open with whoever has it).
 */
@Component("eskalasiTugas")
class EskalasiTugas implements JavaDelegate {

    private final Pemberitahu pemberitahu;
    private final OrganisasiService organisasi;
    private final Clock clock;

    EskalasiTugas(Pemberitahu pemberitahu, OrganisasiService organisasi, Clock clock) {
        this.pemberitahu = pemberitahu;
        this.organisasi = organisasi;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TugasBertimer t = TugasBertimer.dari(execution, clock.getZone());
        String pelaksana = t.unitId() == null ? Pesan.get("eskalasi.pelaksana." + t.pelaksana().name()) : namaUnit(t);
        pemberitahu.kirim(new Pemberitahuan(t.kecamatanId(), t.eskalasi(), null, "ESKALASI",
                Pesan.get("eskalasi.judul", t.nama(), pelaksana),
                Pesan.get("eskalasi.pesan", t.nama(), pelaksana, FormatIndonesia.tanggal(t.batas())), t.rute(), t.subjek()));
    }

    /** Timers run without a signed-in user: the unit's name is read as the system. */
    private String namaUnit(TugasBertimer t) {
        return SistemAuthentication.jalankan(() -> organisasi.unit(t.kecamatanId()).stream()
                .filter(u -> t.unitId().equals(u.id())).map(UnitData::nama).findFirst().orElse(Pesan.get("eskalasi.pelaksana.KEPALA_UNIT")));
    }
}
