package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.RekapEvaluasiService;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.TelaahSekcamService;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The quarterly evaluation in a real browser on the demo kecamatan, with seed 003's figures: the sekcam starts TW I
 * → Kasi Pemerintahan Umum enters and submits → the sekcam returns it once → the kasi fixes it → the sekcam
 * verifies → the camat signs → the recap shows the unit's averages, 100% kinerja and 46,14% keuangan, equal to an
 * independent recomputation from the entered rows. Screenshots in target/screenshots/evaluasi-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerjalananEvaluasiTest {

    private static final int TAHUN = 2029; // other browser tests use Kalaena 2026–2028
    private static final String FORUM = "7.01.05.2.01.0008";
    private static final String PERDES = "7.01.06.2.01.0001";
    /** The unit heads of Kalaena's units that own sub kegiatan. */
    private static final Map<String, String> KEPALA = new LinkedHashMap<>();

    static {
        KEPALA.put("SEKSI-PEM", "kasi.pem");
        KEPALA.put("SEKSI-PMD", "kasi.pmd");
        KEPALA.put("SEKSI-PU", "kasi.pu");
        KEPALA.put("SEKSI-TRANTIB", "kasi.trantib");
        KEPALA.put("SUBBAG-PK", "kasubag.pk");
        KEPALA.put("SUBBAG-UK", "kasubag.uk");
    }

    static final java.nio.file.Path UNDUHAN = java.nio.file.Path.of("target", "unduhan-evaluasi").toAbsolutePath();
    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("1600,1100", UNDUHAN);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void kasiPemerintahanUmumReportsTwIWithSeed003FiguresUpToTheCamatsSignatureAndTheRecap() throws Exception {
        long kalaena = siapkan();

        // 0. the sekcam starts TW I from the evaluation screen
        masuk("sekcam");
        buka("/evaluasi");
        pilih("Tahun", String.valueOf(TAHUN));
        pilih("Triwulan", "TW I");
        klik(By.id("mulai-evaluasi"));
        tunggu().until(d -> !d.findElements(By.xpath(sel("evaluasi-grid", "Evaluasi TW I " + TAHUN))).isEmpty());
        layar("evaluasi-1-sekcam-memulai");
        Masuk.sebagai(users, "sekcam");
        long evaluasiId = evaluasi.daftar(kalaena).stream().filter(e -> e.tahun() == TAHUN && e.triwulan() == 1)
                .findFirst().orElseThrow().id();
        Masuk.keluar();

        // 1. the kasi enters seed 003's realisasi and submits
        masuk("kasi.pem");
        dariTugasSaya("evaluasi/" + evaluasiId + "/laporan", "Laporan evaluasi TW I " + TAHUN + " — Seksi Pemerintahan Umum");
        tunggu().until(d -> !d.findElements(By.xpath(sel("laporan-grid", FORUM))).isEmpty());
        isiBaris(FORUM, "3", "4.453.500");
        isiBaris(PERDES, "7", "369.500");
        isiBaris("7.01.06.2.01.0017", "0", "0");
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("ringkasan-laporan"), "46,14%"));
        layar("evaluasi-2-kasi-mengisi");
        klik(By.id("ajukan-laporan"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-laporan"), "diajukan"));

        // 2. the sekcam returns it once, with a reason
        masuk("sekcam");
        buka("/evaluasi/" + evaluasiId + "/verifikasi");
        klik(By.xpath(sel("unit-grid", "Seksi Pemerintahan Umum")));
        klik(By.id("kembalikan-laporan"));
        WebElement alasan = tunggu().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#alasan-laporan textarea")));
        alasan.sendKeys("Kendala realisasi keuangan Fasilitasi Perdes belum dijelaskan.");
        layar("evaluasi-3-sekcam-mengembalikan");
        klik(By.id("kirim-kembalikan"));
        tunggu().until(d -> !d.findElements(By.xpath(sel("unit-grid", "dikembalikan untuk diperbaiki"))).isEmpty());

        // 3. the kasi sees the reason, explains the kendala and submits again
        masuk("kasi.pem");
        buka("/evaluasi/" + evaluasiId + "/laporan");
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("alasan-kembali"), "Kendala realisasi keuangan"));
        layar("evaluasi-4-kasi-melihat-alasan");
        klik(By.xpath(sel("laporan-grid", PERDES)));
        WebElement kendala = tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath(Peramban.medan("vaadin-text-area", "Kendala") + "//textarea")));
        kendala.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        kendala.sendKeys("SPJ sudah ada tetapi belum di-GU-kan; dioptimalkan pada triwulan berikutnya.");
        klik(By.id("simpan-laporan-baris"));
        tunggu().until(ExpectedConditions.invisibilityOfElementLocated(By.id("simpan-laporan-baris")));
        klik(By.id("ajukan-laporan"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-laporan"), "diajukan"));

        // 4. the sekcam verifies
        masuk("sekcam");
        dariTugasSaya("evaluasi/" + evaluasiId + "/verifikasi", "Laporan evaluasi TW I " + TAHUN + " — Seksi Pemerintahan Umum");
        klik(By.xpath(sel("unit-grid", "Seksi Pemerintahan Umum")));
        layar("evaluasi-5-sekcam-memverifikasi");
        klik(By.id("verifikasi-laporan"));
        tunggu().until(d -> !d.findElements(By.xpath(sel("unit-grid", "menunggu tanda tangan camat"))).isEmpty());

        // 5. the camat signs
        masuk("camat");
        dariTugasSaya("evaluasi/" + evaluasiId + "/tandatangan", "Laporan evaluasi TW I " + TAHUN + " — Seksi Pemerintahan Umum");
        klik(By.xpath(sel("unit-grid", "Seksi Pemerintahan Umum")));
        klik(By.id("tanda-tangani-laporan"));
        WebElement tempat = tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath(Peramban.medan("vaadin-text-field", "Tempat") + "//input")));
        tempat.sendKeys("Kalaena Kiri");
        klik(By.id("kirim-tanda-tangan"));
        tunggu().until(d -> !d.findElements(By.xpath(sel("unit-grid", "ditandatangani"))).isEmpty());
        layar("evaluasi-6-camat-menandatangani");

        // 6. the recap shows the unit's averages
        buka("/evaluasi/" + evaluasiId + "/rekap");
        tunggu().until(d -> !d.findElements(By.xpath(sel("rekap-unit-grid", "Seksi Pemerintahan Umum"))).isEmpty());
        layar("evaluasi-7-rekap");
        List<String> selUnit = browser.findElements(By.xpath("//vaadin-grid[@id='rekap-unit-grid']/vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).toList();
        int baris = selUnit.indexOf("Seksi Pemerintahan Umum");
        // unit name, then TW I kinerja and keuangan
        assertThat(selUnit.get(baris + 1)).isEqualTo("100,00%");
        assertThat(selUnit.get(baris + 2)).isEqualTo("46,14%");

        // an independent recomputation from the rows entered above (not through the app's Capaian)
        BigDecimal keuangan = BigDecimal.valueOf(4_453_500 + 369_500).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(4_483_500 + 5_969_000), 2, RoundingMode.HALF_UP);
        BigDecimal kinerja = BigDecimal.valueOf(3).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP)
                .add(BigDecimal.valueOf(7).divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_UP))
                .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        assertThat(selUnit.get(baris + 2)).isEqualTo(keuangan.toPlainString().replace('.', ',') + "%");
        assertThat(selUnit.get(baris + 1)).isEqualTo(kinerja.toPlainString().replace('.', ',') + "%");

        // 7. the documents download from the screens: the recap as a draft (the other units have not reported yet),
        // the report as the camat's signed original with seed 003's figures
        byte[] rekapPdf = unduh("unduh-rekap-pdf", ".pdf");
        assertThat(PeriksaDokumen.tandaTanganSah(rekapPdf)).isFalse();
        assertThat(PeriksaDokumen.teks(rekapPdf)).contains("DRAF", "REKAP EVALUASI HASIL PELAKSANAAN RENJA",
                "Seksi Pemerintahan Umum 100,00% 46,14%");
        assertThat(unduh("unduh-rekap-docx", ".docx")).startsWith('P', 'K');
        assertThat(unduh("unduh-rekap-xlsx", ".xlsx")).startsWith('P', 'K');
        masuk("kasi.pem");
        buka("/evaluasi/" + evaluasiId + "/laporan");
        byte[] laporanPdf = unduh("unduh-laporan-pdf", ".pdf");
        assertThat(PeriksaDokumen.tandaTanganSah(laporanPdf)).isTrue();
        assertThat(PeriksaDokumen.teks(laporanPdf)).contains("99,33%", "6,19%", "46,14%");
        assertThat(unduh("unduh-laporan-docx", ".docx")).startsWith('P', 'K');
        layar("evaluasi-8-unduh-laporan");
        Masuk.sebagai(users, "camat");
        long laporan = evaluasi.laporanId(evaluasiId, unit(kalaena, "SEKSI-PEM")).orElseThrow();
        assertThat(evaluasi.laporan(laporan).status()).isEqualTo(StatusLaporan.DITANDATANGANI);
        var forum = rekap.rekap(kalaena, TAHUN, 1, null, null).baris().stream().filter(b -> b.kode().equals(FORUM)).findFirst().orElseThrow();
        assertThat(forum.realisasiRpKumulatif()).isEqualTo(4_453_500L);
        Masuk.keluar();
    }

    /**
     * Kalaena's Renja of {@link #TAHUN} ditetapkan through the services, and every unit's rencana aksi approved;
     * Seksi Pemerintahan Umum's TW I is seed 003's (3 / Rp 4.483.500 and 7 / Rp 5.969.000).
     */
    private long siapkan() {
        Masuk.sebagai(users, "sekcam");
        long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(kalaena, TAHUN, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        for (var k : KEPALA.entrySet()) {
            long unitId = unit(kalaena, k.getKey());
            Masuk.sebagai(users, k.getValue());
            for (BarisRenja b : renja.barisUnit(id, unitId)) {
                pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(),
                        "APBD", null, b.targetMaju(), b.paguMaju()));
            }
            pengisian.ajukanBagian(id, unitId);
        }
        Masuk.sebagai(users, "sekcam");
        for (String kode : KEPALA.keySet()) {
            telaah.setujuiBagian(id, unit(kalaena, kode));
        }
        Masuk.sebagai(users, "sekcam");
        forumRenja.simpanForum(id, new id.sipeka.renja.RenjaData.Forum(h, "Aula Kantor Camat", "Kepala desa, BPD, tokoh masyarakat", List.of()));
        forumRenja.selesaikanForum(id, java.util.Set.of());
        penetapan.setujuiRancanganAkhir(id);
        Masuk.sebagai(users, "camat");
        penetapan.tetapkan(id, "Kalaena Kiri", h);
        for (var k : KEPALA.entrySet()) {
            long unitId = unit(kalaena, k.getKey());
            Masuk.sebagai(users, k.getValue());
            for (BarisRencanaAksi b : rencanaAksi.baris(id, unitId)) {
                List<BigDecimal> target = angka(1, 1, 1, 1);
                List<Long> rp = Arrays.asList(0L, 0L, 0L, b.anggaran() == null ? 0L : b.anggaran());
                if (b.kode().equals(FORUM)) {
                    target = angka(3, 3, 3, 3);
                    rp = Arrays.asList(4_483_500L, 6_000_000L, 6_087_500L, 6_000_000L);
                } else if (b.kode().equals(PERDES)) {
                    target = angka(7, 0, 0, 7);
                    rp = Arrays.asList(5_969_000L, 0L, 0L, 5_888_500L);
                } else if (k.getKey().equals("SEKSI-PEM")) {
                    target = angka(0, 1, 1, 1);
                }
                rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), target, rp));
            }
            rencanaAksi.ajukan(id, unitId);
        }
        Masuk.sebagai(users, "sekcam");
        for (String kode : KEPALA.keySet()) {
            rencanaAksi.setujui(id, unit(kalaena, kode));
        }
        Masuk.keluar();
        return kalaena;
    }

    private long unit(long kalaena, String kode) {
        Masuk.sebagai(users, "sekcam");
        return organisasi.unit(kalaena).stream().filter(u -> u.kode().equals(kode)).map(UnitData::id).findFirst().orElseThrow();
    }

    private static List<BigDecimal> angka(int... n) {
        return Arrays.stream(n).mapToObj(BigDecimal::valueOf).toList();
    }

    /** Opens a report row, types realisasi kinerja and keuangan, saves. */
    private void isiBaris(String kode, String realisasi, String rupiah) {
        klik(By.xpath(sel("laporan-grid", kode)));
        WebElement r = tunggu().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#isi-realisasi input")));
        r.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        r.sendKeys(realisasi);
        WebElement rp = browser.findElement(By.cssSelector("#isi-realisasi-rp input"));
        rp.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        rp.sendKeys(rupiah, Keys.TAB);
        klik(By.id("simpan-laporan-baris"));
        tunggu().until(ExpectedConditions.invisibilityOfElementLocated(By.id("simpan-laporan-baris")));
    }

    private static String sel(String grid, String teks) {
        return "//vaadin-grid[@id='" + grid + "']/vaadin-grid-cell-content[contains(normalize-space(.), '" + teks + "')]";
    }

    private void pilih(String label, String item) {
        Peramban.pilih(browser, label, item);
    }

    private void masuk(String username) {
        Peramban.masuk(browser, port, username);
    }

    /**
     * Opens the task from "Tugas Saya", as the user does: the row names the document, and its "Buka" lands on the
     * task's screen for that document.
     */
    private void dariTugasSaya(String rute, String dokumen) throws IOException {
        buka("/tugas");
        WebElement tombol = tunggu().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='tugas-grid']//vaadin-button[@data-rute='" + rute + "']")));
        assertThat(browser.findElements(By.xpath(sel("tugas-grid", dokumen)))).as("Tugas Saya: " + dokumen).isNotEmpty();
        layar("evaluasi-tugas-saya-" + rute.substring(rute.lastIndexOf('/') + 1));
        klik(tombol);
        tunggu().until(ExpectedConditions.urlToBe("http://localhost:" + port + "/" + rute));
    }

    private void buka(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void klik(By lokasi) {
        Peramban.klik(browser, lokasi);
    }

    private void klik(WebElement elemen) {
        Peramban.klik(browser, elemen);
    }

    private byte[] unduh(String id, String akhiran) throws Exception {
        return Peramban.unduh(browser, tunggu().until(ExpectedConditions.elementToBeClickable(By.id(id))), akhiran, UNDUHAN,
                java.nio.file.Path.of("target", "unduhan-uji").toAbsolutePath());
    }

    private WebDriverWait tunggu() {
        return Peramban.tunggu(browser);
    }

    private static void layar(String nama) throws IOException {
        Peramban.layar(browser, nama);
    }
}
