package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.StatusLaporan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * docker/cadangan.sh as an operator runs it: a backup of a kecamatan with signed documents and an open quarter is
 * restored into an empty database and empty folders; a SIPEKA started on the copy serves every archived document
 * with its stored SHA-256, and the open quarter's tasks go on there (submitted, verified, signed with the restored
 * key). A changed byte in a backup, or a restore into a database that is not empty, is refused.
 */
@KonteksSendiri
@SpringBootTest
class CadanganPulihTest {

    private static final Path AKAR = Path.of("target", "uji-cadangan", String.valueOf(ProcessHandle.current().pid()));

    @DynamicPropertySource
    static void folderSendiri(DynamicPropertyRegistry properti) {
        properti.add("sipeka.dokumen.direktori-arsip", () -> AKAR.resolve("asal/arsip").toString());
        properti.add("sipeka.dokumen.direktori-kunci", () -> AKAR.resolve("asal/kunci").toString());
    }

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    DokumenService dokumen;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void hapusSalinan() throws Exception {
        sqlServer("DROP DATABASE IF EXISTS " + dbPulih());
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseServesEveryDocumentAndItsOpenTasksGoOn() throws Exception {
        // A kecamatan with its Renja ditetapkan, TW I signed and TW II opened: documents in the archive, tasks open.
        KecamatanSeed003 k = seed003.siapkan();
        seed003.triwulanDitandatangani(k, 1, 1_000_000, 2_000_000, 500_000, LocalDate.of(2026, 4, 15));
        Masuk.sebagai(users, k.sekcam());
        long evaluasiTw2 = pembukaan.mulai(k.kecamatanId(), 2026, 2).id();
        long laporanTw2 = evaluasi.laporanId(evaluasiTw2, k.pem()).orElseThrow();
        Masuk.sebagai(users, k.camat());
        Map<String, String> arsipAsal = sidik(dokumen.arsip(k.kecamatanId()));
        assertThat(arsipAsal).as("dokumen bertanda tangan di arsip").hasSizeGreaterThanOrEqualTo(3);
        Masuk.keluar();
        LatarSelesai.tunggu(jdbc); // the XLSX copies and signing keys written after commit belong in the backup

        Path cadangan = AKAR.resolve("cadangan");
        Jalan buat = cadangan("buat", cadangan, BasisDataUji.namaBasisData(), AKAR.resolve("asal"));
        assertThat(buat.kode()).as(buat.keluaran()).isZero();
        String manifest = Files.readString(cadangan.resolve("MANIFEST.sha256"));
        assertThat(manifest).contains("./basisdata.sql");
        for (String kode : arsipAsal.keySet()) {
            assertThat(manifest).contains(arsipAsal.get(kode) + "  ./arsip/" + k.kecamatanId() + "/" + kode + ".pdf");
        }
        assertThat(cadangan("periksa", cadangan, BasisDataUji.namaBasisData(), AKAR.resolve("asal")).kode()).isZero();

        // The running database is not empty: a restore into it is refused and changes nothing.
        Jalan keDbBerisi = cadangan("pulihkan", cadangan, BasisDataUji.namaBasisData(), AKAR.resolve("lain"));
        assertThat(keDbBerisi.kode()).isNotZero();
        assertThat(keDbBerisi.keluaran()).contains("sudah berisi");

        // A backup with one changed byte is refused before anything is restored.
        Path rusak = AKAR.resolve("cadangan-rusak");
        salin(cadangan, rusak);
        Path pdf = rusak.resolve("arsip/" + k.kecamatanId() + "/" + arsipAsal.keySet().iterator().next() + ".pdf");
        byte[] isi = Files.readAllBytes(pdf);
        isi[isi.length / 2] ^= 1;
        Files.write(pdf, isi);
        Jalan dariRusak = cadangan("pulihkan", rusak, dbPulih(), AKAR.resolve("pulih"));
        assertThat(dariRusak.kode()).isNotZero();
        assertThat(dariRusak.keluaran()).contains("tidak sesuai MANIFEST.sha256");
        assertThat(AKAR.resolve("pulih/arsip")).doesNotExist();

        Jalan pulih = cadangan("pulihkan", cadangan, dbPulih(), AKAR.resolve("pulih"));
        assertThat(pulih.kode()).as(pulih.keluaran()).isZero();

        // SIPEKA on the copy. From here on this JVM's first context is not used again (see KonteksSendiri).
        // command-line arguments: they outrank the test settings and the system property BasisDataUji sets
        try (ConfigurableApplicationContext salinan = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + server() + dbPulih() + "?nullDatabaseMeansCurrent=true",
                "--sipeka.dokumen.direktori-arsip=" + AKAR.resolve("pulih/arsip"),
                "--sipeka.dokumen.direktori-kunci=" + AKAR.resolve("pulih/kunci"),
                "--server.port=0")) {
            UserDetailsService pengguna = salinan.getBean(UserDetailsService.class);
            DokumenService dokumenPulih = salinan.getBean(DokumenService.class);
            Masuk.sebagai(pengguna, k.camat());
            List<ArsipDokumen> arsipPulih = dokumenPulih.arsip(k.kecamatanId());
            assertThat(sidik(arsipPulih)).isEqualTo(arsipAsal);
            for (ArsipDokumen a : arsipPulih) {
                // unduh reads the file and refuses bytes that do not match the stored SHA-256
                assertThat(sha256(dokumenPulih.unduh(a.kode()).isi())).isEqualTo(arsipAsal.get(a.kode()));
            }

            // TW II goes on on the copy: the kasi submits, the sekcam verifies, the camat signs with the restored key.
            PenyiapSeed003 seedPulih = salinan.getBean(PenyiapSeed003.class);
            Masuk.sebagai(pengguna, k.kasi());
            seedPulih.isi(laporanTw2, KecamatanSeed003.FORUM, 3, 1_500_000);
            seedPulih.isi(laporanTw2, KecamatanSeed003.PERDES, 7, 2_500_000);
            salinan.getBean(PengisianLaporanService.class).ajukan(laporanTw2);
            Masuk.sebagai(pengguna, k.sekcam());
            salinan.getBean(PemeriksaanEvaluasiService.class).verifikasi(laporanTw2);
            Masuk.sebagai(pengguna, k.camat());
            salinan.getBean(PemeriksaanEvaluasiService.class).tandaTangani(laporanTw2, "Kalaena Kiri", LocalDate.of(2026, 7, 14));
            EvaluasiQueryService evaluasiPulih = salinan.getBean(EvaluasiQueryService.class);
            assertThat(evaluasiPulih.laporan(laporanTw2).status()).isEqualTo(StatusLaporan.DITANDATANGANI);
            assertThat(dokumenPulih.arsip(k.kecamatanId())).hasSize(arsipAsal.size() + 1);
            // no new key was issued for the camat: the restored one signed
            assertThat(berkas(AKAR.resolve("pulih/kunci"))).isEqualTo(berkas(AKAR.resolve("asal/kunci")));
        } finally {
            Masuk.keluar();
        }
    }

    private record Jalan(int kode, String keluaran) {
    }

    private static Jalan cadangan(String perintah, Path folder, String basisData, Path berkas) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "docker/cadangan.sh", perintah, folder.toString()).redirectErrorStream(true);
        pb.environment().put("SIPEKA_DB_URL", server() + basisData + "?nullDatabaseMeansCurrent=true");
        pb.environment().put("SIPEKA_DB_USER", System.getenv().getOrDefault("SIPEKA_TEST_DB_USER", "root"));
        pb.environment().put("SIPEKA_DB_PASSWORD", System.getenv().getOrDefault("SIPEKA_TEST_DB_PASSWORD", ""));
        pb.environment().put("SIPEKA_ARSIP_DIR", berkas.resolve("arsip").toString());
        pb.environment().put("SIPEKA_KUNCI_DIR", berkas.resolve("kunci").toString());
        Process p = pb.start();
        String keluaran = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Jalan(p.waitFor(), keluaran);
    }

    private static List<String> berkas(Path folder) throws IOException {
        try (var isi = Files.list(folder)) {
            return isi.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> sidik(List<ArsipDokumen> arsip) {
        Map<String, String> m = new TreeMap<>();
        arsip.forEach(a -> m.put(a.kode(), a.sha256()));
        return m;
    }

    private static String sha256(byte[] isi) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    }

    private static void salin(Path dari, Path ke) throws IOException {
        try (var semua = Files.walk(dari)) {
            for (Path p : (Iterable<Path>) semua::iterator) {
                Path tujuan = ke.resolve(dari.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(tujuan);
                } else {
                    Files.copy(p, tujuan);
                }
            }
        }
    }

    private static String dbPulih() {
        return BasisDataUji.namaBasisData() + "_pulih";
    }

    private static String server() {
        return "jdbc:mariadb://" + System.getenv().getOrDefault("SIPEKA_TEST_DB_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("SIPEKA_TEST_DB_PORT", "3306") + "/";
    }

    private static void sqlServer(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server(),
                System.getenv().getOrDefault("SIPEKA_TEST_DB_USER", "root"),
                System.getenv().getOrDefault("SIPEKA_TEST_DB_PASSWORD", "")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
