package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.kalender.KalenderKerja;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reminders and escalations fire at the right times on the engine clock: nothing before the reminder time, a
 * reminder to each unit head two days before the deadline, an escalation to the sekcam the day after it.
 */
@SpringBootTest
class RenjaTimerTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngineConfiguration engine;
    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    KalenderKerja kalender;

    @AfterEach
    void pulihkan() {
        engine.getClock().reset();
        Masuk.keluar();
    }

    @Test
    void unitTasksGetAReminderBeforeTheDeadlineAndEscalateToTheSekcamAfterIt() {
        RenjaUji uji = new RenjaUji(layanan, organisasi, users);
        long kalaena = uji.kalaena();
        LocalDate hariIni = LocalDate.now(WITA);
        Batas batas = RenjaUji.batasDari(hariIni);
        Masuk.sebagai(users, "sekcam");
        long id = pembukaan.buka(kalaena, 2027, batas).id();
        String proses = runtime.createProcessInstanceQuery().processDefinitionKey("renja").processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        // one unit submits in time: its timers are cancelled with its task
        uji.isiDanAjukan(id, "SUBBAG-PK");

        // counted in working days (weekends, holidays and cuti bersama skipped)
        Instant pengingat = kalender.waktuPengingat(batas.isi(), 2).toInstant();
        Instant eskalasi = kalender.waktuEskalasi(batas.isi()).toInstant();
        assertThat(timer(proses, pengingat)).hasSize(5);
        assertThat(timer(proses, eskalasi)).hasSize(5);

        jalankanTimerSampai(proses, pengingat.minusSeconds(60));
        assertThat(pengingatUntukUnit(kalaena)).isEmpty();

        jalankanTimerSampai(proses, pengingat.plusSeconds(60));
        assertThat(pengingatUntukUnit(kalaena)).hasSize(5);
        assertThat(semuaNotifikasi(kalaena, Peran.SEKCAM)).noneMatch(n -> n.jenis().equals("ESKALASI"));

        jalankanTimerSampai(proses, eskalasi.plusSeconds(60));
        List<NotifikasiData> keSekcam = semuaNotifikasi(kalaena, Peran.SEKCAM).stream()
                .filter(n -> n.jenis().equals("ESKALASI") && n.tautan().equals("renja/" + id + "/bagian")).toList();
        assertThat(keSekcam).hasSize(5);
        assertThat(keSekcam).extracting(NotifikasiData::judul).contains("Terlambat: Isi bagian (Seksi Pemerintahan Umum)")
                .noneMatch(j -> j.contains("Perencanaan"));

        // the late unit still has its task: escalation does not take work away
        Masuk.sebagai(users, "sekcam");
        assertThat(renja.langkahSaatIni(id)).contains("Isi bagian (Seksi Pemerintahan Umum)", "Telaah sekcam (Sub Bagian Perencanaan dan Kepegawaian)");
    }

    private List<Job> timer(String proses, Instant waktu) {
        return management.createTimerJobQuery().processInstanceId(proses).list().stream()
                .filter(j -> j.getDuedate().toInstant().equals(waktu)).toList();
    }

    /** Moves the engine clock and runs every timer that is due by then, as the async executor would. */
    private void jalankanTimerSampai(String proses, Instant waktu) {
        engine.getClock().setCurrentTime(Date.from(waktu));
        for (Job timer : management.createTimerJobQuery().processInstanceId(proses).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private List<NotifikasiData> pengingatUntukUnit(long kalaena) {
        return semuaNotifikasi(kalaena, Peran.KEPALA_UNIT).stream().filter(n -> n.jenis().equals("PENGINGAT")).toList();
    }

    /** Everything sent in the kecamatan to a role, read as the system (the sekcam's or admin's right). */
    private List<NotifikasiData> semuaNotifikasi(long kecamatanId, Peran peran) {
        return SistemAuthentication.jalankan(() -> notifikasi.semua(kecamatanId, peran));
    }
}
