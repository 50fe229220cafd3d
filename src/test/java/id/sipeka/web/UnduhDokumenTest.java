package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaLengkapUji;
import id.sipeka.renja.RenjaQueryService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every document downloads from the screens in a real browser: the signed Renja (its signature valid, its QR code
 * opening the public verification page), its DOCX and XLSX, the berita acara and its uploaded scan; a draft Renja
 * as PDF marked DRAF, DOCX and XLSX; the archive's PDF and the yearly ZIP. Files are kept in target/unduhan-uji/,
 * screenshots in target/screenshots/dokumen-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnduhDokumenTest {

    static final Path UNDUHAN = Path.of("target", "unduhan").toAbsolutePath();
    /** Each downloaded file is kept here for a person to look at (the download folder is emptied per click). */
    static final Path DISIMPAN = Path.of("target", "unduhan-uji").toAbsolutePath();
    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        Files.createDirectories(UNDUHAN);
        try (var lama = Files.list(UNDUHAN)) {
            for (Path p : lama.toList()) {
                Files.delete(p);
            }
        }
        browser = Peramban.mulai("1440,1100", UNDUHAN);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void everyDocumentDownloadsFromTheScreens() throws Exception {
        RenjaLengkapUji uji = new RenjaLengkapUji(layanan, organisasi, users);
        long ditetapkan = uji.sampaiDitetapkan(2027, LocalDate.of(2026, 6, 30));
        long draf = uji.buka(2028);
        Masuk.sebagai(users, "camat");
        var ringkas = renja.ringkas(ditetapkan);
        byte[] asli = dokumen.unduh(ringkas.penetapanArsipKode()).isi();
        Masuk.keluar();

        // the signed Renja, its editable copies and the berita acara, from the document screen
        masuk("camat");
        buka("/renja/" + ditetapkan + "/penetapan");
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.id("unduh-renja-pdf")));
        layar("dokumen-1-penetapan-unduhan");
        byte[] pdf = unduh("unduh-renja-pdf", ".pdf");
        assertThat(pdf).isEqualTo(asli);
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        assertThat(unduh("unduh-renja-docx", ".docx")).startsWith('P', 'K');
        assertThat(unduh("unduh-renja-xlsx", ".xlsx")).startsWith('P', 'K');
        byte[] beritaAcara = unduh("unduh-berita-acara", ".pdf");
        assertThat(PeriksaDokumen.tandaTanganSah(beritaAcara)).isTrue();
        assertThat(PeriksaDokumen.teks(beritaAcara)).contains("BERITA ACARA", "SEKRETARIS CAMAT KALAENA,");
        assertThat(unduh("unduh-berita-acara-unggahan", ".pdf")).isEqualTo(RenjaLengkapUji.BERITA_ACARA_PINDAIAN);

        // the QR code of the signed PDF names the address this app serves on (no SIPEKA_URL_PUBLIK set here) and opens
        // the public verification page
        String qr = PeriksaDokumen.kodeQr(pdf, 4).orElseThrow();
        assertThat(qr).startsWith("http://localhost:" + port + "/verifikasi/");
        browser.get(qr);
        tunggu().until(d -> halaman().contains("Verifikasi Dokumen"));
        assertThat(halaman()).contains("Rencana Kerja Kecamatan Kalaena Tahun 2027", "CAMAT KALAENA — H. Marsuki, S.Pd., M.M.",
                "Penetapan, versi 1", java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        layar("dokumen-2-verifikasi-dari-qr");

        // a Renja still being filled: PDF marked DRAF, DOCX, XLSX, from the Renja list
        masuk("kasi.pem");
        buka("/renja");
        // other journeys may have left later Renja of Kalaena: pick 2028 in the list — unless the screen already
        // opened it as the newest (run alone), where a click on the selected row would deselect it
        WebElement baris2028 = tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid[@id='renja-grid']/vaadin-grid-cell-content[normalize-space(.)='Renja 2028']")));
        tunggu().until(d -> halaman().matches("(?s).*Renja 20\\d\\d –.*")); // the newest one opens by itself
        if (!halaman().contains("Renja 2028 –")) {
            baris2028.click();
        }
        tunggu().until(d -> halaman().contains("Renja 2028 –"));
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.id("unduh-renja-pdf")));
        layar("dokumen-3-renja-draf");
        byte[] pdfDraf = unduh("unduh-renja-pdf", ".pdf");
        assertThat(PeriksaDokumen.tandaTanganSah(pdfDraf)).isFalse();
        assertThat(PeriksaDokumen.teks(pdfDraf)).contains("DRAF", "RANCANGAN AWAL");
        assertThat(unduh("unduh-renja-docx", ".docx")).startsWith('P', 'K');
        assertThat(unduh("unduh-renja-xlsx", ".xlsx")).startsWith('P', 'K');
        assertThat(draf).isPositive();

        // the archive: a signed PDF and the yearly ZIP for the inspector (here the sekcam)
        masuk("sekcam");
        // the signed documents' tables are stored as XLSX just after each signing commits
        LatarSelesai.tunggu(jdbc);
        buka("/arsip");
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.id("unduh-arsip-zip")));
        // the archive opens on its latest year; other journeys may have signed later documents of Kalaena
        tunggu().until(ExpectedConditions.elementToBeClickable(By.id("arsip-tahun"))).click();
        tunggu().until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-select-item[normalize-space(.)='2027']"))).click();
        tunggu().until(d -> halaman().contains("Rencana Kerja Kecamatan Kalaena Tahun 2027"));
        layar("dokumen-4-arsip");
        WebElement pertama = tunggu().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='arsip-grid']//a[contains(@class,'tautan-unduh')]")));
        byte[] dariArsip = unduh(pertama, ".pdf");
        assertThat(PeriksaDokumen.tandaTanganSah(dariArsip)).isTrue();
        byte[] zip = unduh("unduh-arsip-zip", ".zip");
        List<String> isi = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                isi.add(e.getName());
            }
        }
        assertThat(isi).contains("log-audit.csv", "MANIFEST.csv", "BACA-SAYA.txt");
        assertThat(isi.stream().filter(n -> n.startsWith("dokumen/"))).hasSize(2);
        assertThat(isi.stream().filter(n -> n.startsWith("tabel/"))).hasSize(2);
        assertThat(isi.stream().filter(n -> n.startsWith("bukti/"))).hasSize(1);
    }

    /** Clicks a download link and returns the file that appears in the download folder. */
    private byte[] unduh(String id, String akhiran) throws Exception {
        return unduh(tunggu().until(ExpectedConditions.elementToBeClickable(By.id(id))), akhiran);
    }

    private byte[] unduh(WebElement tautan, String akhiran) throws Exception {
        return Peramban.unduh(browser, tautan, akhiran, UNDUHAN, DISIMPAN);
    }


    private void masuk(String username) {
        Peramban.masuk(browser, port, username);
    }

    private void buka(String path) {
        browser.get("http://localhost:" + port + path);
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
