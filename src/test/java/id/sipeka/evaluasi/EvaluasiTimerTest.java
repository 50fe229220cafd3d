package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.NotifikasiService.NotifikasiData;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.math.BigDecimal;
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
 * The evaluation's timers on the engine clock: the daily timer starts the quarter that has just ended, each unit
 * is reminded two days before the deadline (10 days after the quarter) and the sekcam hears of a late unit the
 * day after it; a unit that submitted in time hears nothing.
 */
@SpringBootTest
class EvaluasiTimerTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PengisianLaporanService pengisian;
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
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void pulihkan() {
        engine.getClock().reset();
        Masuk.keluar();
    }

    @Test
    void theQuarterStartsByItselfWhenItEndsThenRemindersAndEscalationFollowTheDeadline() {
        KecamatanSeed003 k = seed003.siapkan();

        // 30 June: TW II has not ended, the daily timer starts nothing for it
        jalankanTimerHarian(LocalDate.of(2026, 6, 30).atTime(0, 30).atZone(WITA).toInstant());
        Masuk.sebagai(users, k.sekcam());
        assertThat(evaluasi.daftar(k.kecamatanId())).noneMatch(e -> e.triwulan() == 2);

        // 1 July 00:30: TW II 2026 has ended and starts by itself; deadline ten working days later: 14 July (Tuesday)
        jalankanTimerHarian(LocalDate.of(2026, 7, 1).atTime(0, 30).atZone(WITA).toInstant());
        Masuk.sebagai(users, k.sekcam());
        EvaluasiRingkas tw2 = evaluasi.daftar(k.kecamatanId()).stream().filter(e -> e.tahun() == 2026 && e.triwulan() == 2)
                .findFirst().orElseThrow();
        assertThat(tw2.batas()).isEqualTo(LocalDate.of(2026, 7, 14));
        String proses = runtime.createProcessInstanceQuery().processDefinitionKey(ProsesEvaluasi.KUNCI)
                .processInstanceBusinessKey(String.valueOf(tw2.id())).singleResult().getId();

        // the other unit reports in time: its timers go with its task
        long laporanLain = evaluasi.laporanId(tw2.id(), k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kepalaLain());
        BarisLaporan b = evaluasi.laporan(laporanLain).baris().getFirst();
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.ONE, 250_000L, null, null, null));
        pengisian.ajukan(laporanLain);

        // two working days before a Tuesday deadline is the Friday before (not Sunday); escalation the day after it
        Instant pengingat = LocalDate.of(2026, 7, 10).atTime(8, 0).atZone(WITA).toInstant();
        Instant eskalasi = LocalDate.of(2026, 7, 15).atStartOfDay(WITA).toInstant();
        jalankanTimerSampai(proses, pengingat.minusSeconds(60));
        assertThat(dari(k, Peran.KEPALA_UNIT, "PENGINGAT")).isEmpty();
        jalankanTimerSampai(proses, pengingat.plusSeconds(60));
        assertThat(dari(k, Peran.KEPALA_UNIT, "PENGINGAT")).singleElement().satisfies(n -> {
            assertThat(n.judul()).isEqualTo("Pengingat: Isi laporan evaluasi TW II");
            assertThat(n.pesan()).isEqualTo("Tugas \"Isi laporan evaluasi TW II\" harus selesai paling lambat 14 Juli 2026.");
            assertThat(n.tautan()).isEqualTo("evaluasi/" + tw2.id() + "/laporan");
        });
        assertThat(dari(k, Peran.SEKCAM, "ESKALASI")).isEmpty();

        jalankanTimerSampai(proses, eskalasi.plusSeconds(60));
        assertThat(dari(k, Peran.SEKCAM, "ESKALASI")).extracting(NotifikasiData::judul)
                .containsExactly("Terlambat: Isi laporan evaluasi TW II (Seksi Pemerintahan Umum)");
        // escalation does not take the work away: the seksi still has its task
        Masuk.sebagai(users, k.kasi());
        long laporanPem = evaluasi.laporanId(tw2.id(), k.pem()).orElseThrow();
        assertThat(evaluasi.tindakan(laporanPem)).contains(Tindakan.ISI, Tindakan.AJUKAN);

        // the reminder and the escalation name the report (sipeka:subjek): once it is submitted they are done
        assertThat(terbuka(k.kasi(), "PENGINGAT")).hasSize(1);
        assertThat(terbuka(k.sekcam(), "ESKALASI")).hasSize(1);
        Masuk.sebagai(users, k.kasi());
        for (BarisLaporan baris : evaluasi.laporan(laporanPem).baris()) {
            pengisian.simpanBaris(new UbahLaporanBaris(baris.id(), baris.version(), BigDecimal.ONE, 100_000L, null, null, null));
        }
        pengisian.ajukan(laporanPem);
        LatarSelesai.tunggu(jdbc);
        assertThat(terbuka(k.kasi(), "PENGINGAT")).isEmpty();
        assertThat(terbuka(k.sekcam(), "ESKALASI")).isEmpty();
    }

    /** The open notifications of a kind as {@code pengguna} sees them. */
    private List<NotifikasiData> terbuka(String pengguna, String jenis) {
        Masuk.sebagai(users, pengguna);
        return notifikasi.untukSaya().stream().filter(n -> n.jenis().equals(jenis)).toList();
    }

    /** Runs the daily start timer (a timer start event: no process instance yet) at the given engine time. */
    private void jalankanTimerHarian(Instant waktu) {
        engine.getClock().setCurrentTime(Date.from(waktu));
        for (Job timer : management.createTimerJobQuery().processDefinitionKey("mulaiEvaluasi").list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private void jalankanTimerSampai(String proses, Instant waktu) {
        engine.getClock().setCurrentTime(Date.from(waktu));
        for (Job timer : management.createTimerJobQuery().processInstanceId(proses).executable().list()) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
    }

    private List<NotifikasiData> dari(KecamatanSeed003 k, Peran peran, String jenis) {
        return semuaNotifikasi(k.kecamatanId(), peran).stream().filter(n -> n.jenis().equals(jenis)).toList();
    }

    /** Everything sent in the kecamatan to a role, read as the system (the sekcam's or admin's right). */
    private List<NotifikasiData> semuaNotifikasi(long kecamatanId, Peran peran) {
        return SistemAuthentication.jalankan(() -> notifikasi.semua(kecamatanId, peran));
    }
}
