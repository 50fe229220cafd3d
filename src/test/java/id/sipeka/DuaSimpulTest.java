package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two SIPEKA nodes on one MariaDB database, each with its own clock and its own Flowable async executor, as two
 * replicas behind the proxy run (docker/compose.yaml). The second node starts on the database the first created and
 * deploys nothing again; when both clocks pass a reminder, both executors look for the due timer and the reminder is
 * sent once (a second firing would leave a second row); a step taken on one node is what the other node reads.
 * The database is a fresh one of this test's own, dropped afterwards.
 */
@KonteksSendiri
class DuaSimpulTest {

    private static final String SERVER = "jdbc:mariadb://" + env("SIPEKA_TEST_DB_HOST", "127.0.0.1") + ":"
            + env("SIPEKA_TEST_DB_PORT", "3306") + "/";
    private static final String BASIS_DATA = BasisDataUji.namaBasisData() + "_dua";

    @BeforeAll
    static void buatBasisData() throws SQLException {
        sql("CREATE DATABASE " + BASIS_DATA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterAll
    static void hapusBasisData() throws SQLException {
        Masuk.keluar();
        if (!"true".equals(System.getenv("SIPEKA_TEST_DB_KEEP"))) {
            sql("DROP DATABASE IF EXISTS " + BASIS_DATA);
        }
    }

    @Test
    void aReminderFiresOnceAcrossTwoNodesAndEachNodeSeesWhatTheOtherChanged() {
        try (ConfigurableApplicationContext a = simpul(); ConfigurableApplicationContext b = simpul()) {
            RepositoryService repositoryB = b.getBean(RepositoryService.class);
            // B found A's deployment of processes/ unchanged: no second deployment, no second version
            assertThat(repositoryB.createDeploymentQuery().count()).isEqualTo(1);
            assertThat(repositoryB.createProcessDefinitionQuery().processDefinitionKey("renja").count()).isEqualTo(1);
            // each executor claims jobs under an owner of its own
            assertThat(executor(a).getLockOwner()).isNotBlank().isNotEqualTo(executor(b).getLockOwner());
            assertThat(executor(a).isActive()).isTrue();
            assertThat(executor(b).isActive()).isTrue();

            // the sekcam of Wasuponda opens a Renja on node A
            UserDetailsService users = a.getBean(UserDetailsService.class);
            Masuk.sebagai(users, "admin");
            OrganisasiService organisasi = a.getBean(OrganisasiService.class);
            long wasuponda = organisasi.kecamatanDenganKode("WASUPONDA").orElseThrow().id();
            long seksiPel = organisasi.unit(wasuponda).stream().filter(u -> u.kode().equals("SEKSI-PEL"))
                    .map(UnitData::id).findFirst().orElseThrow();
            LayananRenja renjaA = a.getBean(LayananRenja.class);
            LocalDate hariIni = LocalDate.now(a.getBean(java.time.Clock.class));
            Masuk.sebagai(users, "wasuponda.sekcam");
            long renjaId = renjaA.pembukaan().buka(wasuponda, 2027, new Batas(hariIni.plusDays(10), hariIni.plusDays(15),
                    hariIni.plusDays(25), hariIni.plusDays(30))).id();
            String proses = a.getBean(RuntimeService.class).createProcessInstanceQuery().processDefinitionKey("renja")
                    .processInstanceBusinessKey(String.valueOf(renjaId)).singleResult().getId();
            String subjek = "renja:" + renjaId + ":unit:" + seksiPel;

            ManagementService management = b.getBean(ManagementService.class);
            List<Job> pengingat = management.createTimerJobQuery().processInstanceId(proses).list().stream()
                    .filter(j -> j.getElementId().equals("pengingat_isiBagian")).toList();
            assertThat(pengingat).as("reminder timers, one per section").isNotEmpty();
            Instant waktuPengingat = pengingat.getFirst().getDuedate().toInstant();
            assertThat(pengingat).allMatch(j -> j.getDuedate().toInstant().equals(waktuPengingat));
            JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
            assertThat(jumlahPengingat(jdbc, renjaId)).isZero();

            // both nodes' clocks pass the reminder (before the deadline): both executors now find the timers due
            Date sesudah = Date.from(waktuPengingat.plus(Duration.ofMinutes(1)));
            konfigurasi(a).getClock().setCurrentTime(sesudah);
            konfigurasi(b).getClock().setCurrentTime(sesudah);
            tunggu(() -> management.createTimerJobQuery().processInstanceId(proses).list().stream()
                    .noneMatch(j -> j.getElementId().equals("pengingat_isiBagian"))
                    && management.createJobQuery().processInstanceId(proses).count() == 0);
            // a job claimed by both nodes and run twice would have left a second row and a second run in history
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE jenis = 'PENGINGAT' AND subjek = ?",
                    Long.class, subjek)).isEqualTo(1);
            assertThat(jumlahPengingat(jdbc, renjaId)).isEqualTo(pengingat.size());
            assertThat(b.getBean(HistoryService.class).createHistoricActivityInstanceQuery().processInstanceId(proses)
                    .activityId("kirimPengingat_isiBagian").count()).isEqualTo(pengingat.size());
            assertThat(management.createDeadLetterJobQuery().processInstanceId(proses).count()).isZero();
            assertThat(management.createTimerJobQuery().processInstanceId(proses).list())
                    .noneMatch(j -> j.getElementId().startsWith("pengingat_")).anyMatch(j -> j.getElementId().equals("eskalasi_isiBagian"));
            // either node lists the one reminder
            assertThat(SistemAuthentication.jalankan(() -> a.getBean(NotifikasiService.class).semua(wasuponda, Peran.KEPALA_UNIT)))
                    .filteredOn(n -> n.jenis().equals("PENGINGAT")).hasSize(pengingat.size());
            assertThat(SistemAuthentication.jalankan(() -> b.getBean(NotifikasiService.class).semua(wasuponda, Peran.KEPALA_UNIT)))
                    .filteredOn(n -> n.jenis().equals("PENGINGAT")).hasSize(pengingat.size());

            // the unit head submits the section on node A; the sekcam on node B sees it waiting for review
            RenjaQueryService renjaB = b.getBean(RenjaQueryService.class);
            Masuk.sebagai(users, "wasuponda.sekcam");
            assertThat(renjaB.langkahSaatIni(renjaId)).contains("Isi bagian (Seksi Pelayanan)");
            Masuk.sebagai(users, "wasuponda.kasi");
            renjaA.isiDanAjukan(renjaId, seksiPel);
            Masuk.sebagai(b.getBean(UserDetailsService.class), "wasuponda.sekcam");
            assertThat(renjaB.langkahSaatIni(renjaId)).contains("Telaah sekcam (Seksi Pelayanan)")
                    .doesNotContain("Isi bagian (Seksi Pelayanan)");
            assertThat(renjaB.barisUnit(renjaId, seksiPel)).isNotEmpty().allMatch(r -> r.lengkap());
        } finally {
            Masuk.keluar();
        }
    }

    /** One node: the test's own database, a web server on a free port, the async executor on (tests turn it off). */
    private static ConfigurableApplicationContext simpul() {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + SERVER + BASIS_DATA + "?nullDatabaseMeansCurrent=true",
                "--server.port=0",
                "--flowable.async-executor-activate=true",
                "--flowable.process.async.executor.default-timer-job-acquire-wait-time=500ms",
                "--flowable.process.async.executor.default-async-job-acquire-wait-time=500ms",
                // the evaluations' daily start timer would also fire when the clocks move on
                "--sipeka.evaluasi.mulai-otomatis=false",
                // both nodes share one archive and key folder, as the replicas share a volume
                "--sipeka.dokumen.direktori-arsip=target/uji-dua-simpul/arsip",
                "--sipeka.dokumen.direktori-kunci=target/uji-dua-simpul/kunci");
    }

    private static SpringProcessEngineConfiguration konfigurasi(ConfigurableApplicationContext simpul) {
        return simpul.getBean(SpringProcessEngineConfiguration.class);
    }

    private static org.flowable.job.service.impl.asyncexecutor.AsyncExecutor executor(ConfigurableApplicationContext simpul) {
        return konfigurasi(simpul).getAsyncExecutor();
    }

    private static long jumlahPengingat(JdbcTemplate jdbc, long renjaId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE jenis = 'PENGINGAT' AND subjek LIKE ?", Long.class,
                "renja:" + renjaId + ":%");
    }

    /** Waits for the executors (they poll every 500 ms here); a minute without it is a failure. */
    private static void tunggu(BooleanSupplier selesai) {
        long batas = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!selesai.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the executors ran the due timers within a minute").isLessThan(batas);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void sql(String perintah) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER, env("SIPEKA_TEST_DB_USER", "root"),
                env("SIPEKA_TEST_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            s.execute(perintah);
        }
    }

    private static String env(String nama, String bawaan) {
        String v = System.getenv(nama);
        return v == null || v.isBlank() ? bawaan : v;
    }
}
