package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Renja journey in a real browser on the demo kecamatan: a kasi fills and submits → the sekcam returns one row →
 * the kasi fixes it → the sekcam approves all sections → a forum with one accepted usulan → revision → rancangan
 * akhir → the camat signs. The other units' sections are prepared through the services. A screenshot of each step
 * goes to target/screenshots/renja-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerjalananRenjaTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("1440,1100", null);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void aRenjaGoesFromTheKasiToThePenetapanByTheCamat() throws IOException {
        long id = siapkan();

        // 1. the kasi fills every row of the section and submits
        masuk("kasi.pem");
        buka("/renja/" + id + "/bagian");
        tunggu().until(d -> !kodeBaris().isEmpty());
        layar("renja-1-kasi-mengisi");
        List<String> semuaKode = kodeBaris();
        int jumlah = semuaKode.size();
        for (int i = 0; i < jumlah; i++) {
            klikBaris(semuaKode.get(i));
            isi("vaadin-combo-box", "Sumber dana", "APBD");
            klik(By.id("simpan-baris-renja"));
            String lengkap = (i + 1) + " dari " + jumlah + " baris lengkap";
            tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-bagian"), lengkap));
        }
        klik(By.id("ajukan-bagian"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-bagian"), "diajukan"));
        layar("renja-2-kasi-mengajukan");

        // 2. the sekcam returns one row with a reason
        masuk("sekcam");
        buka("/renja/" + id + "/sekcam");
        pilihBagian("Seksi Pemerintahan Umum");
        WebElement alasan = tunggu().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='telaah-grid']//vaadin-text-field//input")));
        alasan.sendKeys("Target harus 7 dokumen, sesuai jumlah desa.");
        klik(By.id("kembalikan-bagian"));
        tunggu().until(d -> halaman().contains("Dikembalikan"));
        layar("renja-3-sekcam-mengembalikan");

        // 3. the kasi sees the reason, fixes the row and submits again
        masuk("kasi.pem");
        buka("/renja/" + id + "/bagian");
        tunggu().until(d -> halaman().contains("Target harus 7 dokumen"));
        layar("renja-4-kasi-melihat-alasan");
        klikBaris("7.01.05.2.01.0008");
        isi("vaadin-text-field", "Target", "7");
        klik(By.id("simpan-baris-renja"));
        tunggu().until(ExpectedConditions.invisibilityOfElementLocated(By.id("simpan-baris-renja")));
        klik(By.id("ajukan-bagian"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-bagian"), "diajukan"));

        // 4. the sekcam approves every section
        masuk("sekcam");
        buka("/renja/" + id + "/sekcam");
        for (String unit : List.of("Seksi Pemerintahan Umum", "Seksi Pemberdayaan Masyarakat dan Desa", "Seksi Pelayanan Umum",
                "Seksi Ketentraman dan Ketertiban Umum", "Sub Bagian Perencanaan dan Kepegawaian", "Sub Bagian Umum dan Keuangan")) {
            pilihBagian(unit);
            klik(By.id("setujui-bagian"));
            // the screen is drawn again after the approval: a button found just before that is gone, so ask again
            tunggu().ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.id("setujui-bagian")).stream().anyMatch(WebElement::isDisplayed));
        }
        tunggu().until(d -> halaman().contains("Forum perangkat daerah"));
        layar("renja-5-sekcam-menyetujui-semua");

        // 5. the forum: one accepted usulan for Seksi Pemberdayaan Masyarakat dan Desa
        isi("vaadin-text-field", "Tempat", "Aula Kantor Camat Kalaena");
        isi("vaadin-text-area", "Peserta", "Kepala desa se-Kecamatan Kalaena, BPD, tokoh masyarakat");
        pilih("Sumber", "Musrenbang desa");
        isi("vaadin-combo-box", "Desa", "Mekarsari");
        isi("vaadin-combo-box", "Sub kegiatan", "7.01.03.2.01.0001");
        isi("vaadin-text-field", "Usulan", "Pelatihan lembaga kemasyarakatan desa");
        isi("vaadin-text-field", "Besaran/volume", "2 lembaga");
        pilih("Keputusan", "Diterima");
        isi("vaadin-text-field", "Alasan keputusan", "Sesuai prioritas kecamatan");
        klik(By.id("tambah-usulan"));
        tunggu().until(d -> halaman().contains("Pelatihan lembaga kemasyarakatan desa"));
        layar("renja-6-forum");
        klik(By.id("selesai-forum"));
        tunggu().until(d -> halaman().contains("Revisi bagian"));

        // 6. revision by that unit only, approved by the sekcam
        masuk("kasi.pmd");
        buka("/renja/" + id + "/bagian");
        tunggu().until(d -> !kodeBaris().isEmpty());
        klikBaris("7.01.03.2.01.0001");
        isi("vaadin-text-field", "Pagu indikatif (Rp)", "28.188.500");
        klik(By.id("simpan-baris-renja"));
        tunggu().until(ExpectedConditions.invisibilityOfElementLocated(By.id("simpan-baris-renja")));
        klik(By.id("ajukan-bagian"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-bagian"), "diajukan"));
        layar("renja-7-revisi");
        masuk("sekcam");
        buka("/renja/" + id + "/sekcam");
        pilihBagian("Seksi Pemberdayaan Masyarakat dan Desa");
        klik(By.id("setujui-bagian"));

        // 7. rancangan akhir
        klik(By.id("setujui-rancangan-akhir"));
        tunggu().until(d -> halaman().contains("Menunggu penetapan camat"));
        layar("renja-8-rancangan-akhir");

        // 8. the camat reads the document with its diff and signs
        masuk("camat");
        buka("/renja/" + id + "/penetapan");
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.id("perbedaan-grid")));
        layar("renja-9-camat-membaca");
        klik(By.id("tetapkan"));
        tunggu().until(d -> halaman().contains("CAMAT KALAENA,"));
        layar("renja-10-ditetapkan");

        Masuk.sebagai(users, "camat");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.DITETAPKAN);
        long jumlahBaris = renja.baris(id).stream().mapToLong(b -> b.pagu() == null ? 0 : b.pagu()).sum();
        assertThat(halaman()).contains("TOTAL pagu indikatif: " + FormatIndonesia.rupiah(jumlahBaris));
        assertThat(renja.baris(id).stream().filter(b -> b.kode().equals("7.01.05.2.01.0008")).findFirst().orElseThrow()
                .target()).isEqualByComparingTo("7");
        Masuk.keluar();
    }

    /** Renja 2026 of Kalaena, opened by the sekcam; every unit but Seksi Pemerintahan Umum has submitted. */
    private long siapkan() {
        Masuk.sebagai(users, "sekcam");
        long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(kalaena, 2026, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        List<UnitData> unit = organisasi.unit(kalaena);
        for (var kepala : List.of(List.of("SEKSI-PMD", "kasi.pmd"), List.of("SEKSI-PU", "kasi.pu"),
                List.of("SEKSI-TRANTIB", "kasi.trantib"), List.of("SUBBAG-PK", "kasubag.pk"), List.of("SUBBAG-UK", "kasubag.uk"))) {
            long unitId = unit.stream().filter(u -> u.kode().equals(kepala.get(0))).findFirst().orElseThrow().id();
            Masuk.sebagai(users, kepala.get(1));
            for (BarisRenja b : renja.barisUnit(id, unitId)) {
                pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(),
                        "APBD", null, b.targetMaju(), b.paguMaju()));
            }
            pengisian.ajukanBagian(id, unitId);
        }
        Masuk.keluar();
        return id;
    }

    private void masuk(String username) {
        Peramban.masuk(browser, port, username);
    }

    private void buka(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The sub kegiatan codes shown in the "Bagian saya" grid. */
    private List<String> kodeBaris() {
        return browser.findElements(By.xpath("//vaadin-grid[@id='bagian-grid']/vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> t.matches("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}")).toList();
    }

    /** Opens a row's editor by clicking its code cell. */
    private void klikBaris(String kode) {
        klik(By.xpath("//vaadin-grid[@id='bagian-grid']/vaadin-grid-cell-content[normalize-space(.)='" + kode + "']"));
    }

    private void pilihBagian(String unit) {
        WebElement sel = tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='bagian-sekcam-grid']/vaadin-grid-cell-content[normalize-space(.)='" + unit + "']")));
        sel.click();
    }

    private void isi(String komponen, String label, String nilai) {
        WebElement input = tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath(Peramban.medan(komponen, label)
                + "//" + (komponen.equals("vaadin-text-area") ? "textarea" : "input"))));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(nilai);
        if (komponen.equals("vaadin-combo-box")) {
            // pick the first item the typed text filters to, as a user would with the arrow key
            tunggu().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
            input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        } else {
            input.sendKeys(Keys.TAB);
        }
    }

    /** A Vaadin field by its visible label (the label is a slotted element in the light DOM). */
    private void pilih(String label, String item) {
        Peramban.pilih(browser, label, item);
    }

    private void klik(By lokasi) {
        Peramban.klik(browser, lokasi);
    }

    private void klik(WebElement elemen) {
        Peramban.klik(browser, elemen);
    }

    private String halaman() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private WebDriverWait tunggu() {
        return Peramban.tunggu(browser);
    }

    private static void layar(String nama) throws IOException {
        Peramban.layar(browser, nama);
    }
}
