package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.Nip;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Over real HTTP, the attack of the hardening issue: anonymous uploads far over the limit to the public
 * verification page (its real Vaadin upload address, taken from the page in Chromium with the visitor's session)
 * are cut off long before the server has taken them whole, and the application stays healthy. Oversized UI messages
 * (which Vaadin would read whole into memory) are refused unread or cut off too. In Chromium itself the page still
 * compares the signed original, and refuses a file over the limit in Indonesian, in the browser and on the server.
 * <p>
 * All of these come from one address, so together they stay within its five comparisons a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnggahanBesarTest {

    private static final long MB = 1024 * 1024;
    /** sipeka.unggah.verifikasi (50 MB), server.tomcat.max-swallow-size (2 MB) and the kernel's socket buffers */
    private static final long PALING_BANYAK_DITERIMA = 100 * MB;

    private static final Path BERKAS = Path.of("target", "unggahan-uji").toAbsolutePath();

    static ChromeDriver browser;
    private byte[] dokumenTerakhir;

    @LocalServerPort
    int port;
    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("1280,900", null);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aChunkedUploadOfThreeHundredMegabytesToThePublicPageIsCutOffAndTheServerStaysUp() throws Exception {
        Map<String, String> unggahan = unggahanHalamanVerifikasi();

        KirimanMentah.Hasil hasil = KirimanMentah.kirim(port, unggahan.get("jalur"), Map.of("Cookie", unggahan.get("cookie"),
                "Content-Type", "application/pdf", "X-Filename", "besar.pdf"), 300 * MB, -1);

        assertThat(hasil.terkirim()).as("diterima server dari 300 MB").isLessThan(PALING_BANYAK_DITERIMA);
        assertThat(hasil.diputus()).isTrue();
        if (!hasil.status().isEmpty()) { // the answer may be lost when the connection is reset under it
            assertThat(hasil.status()).startsWith("HTTP/1.1 413");
        }
        assertSehat();
    }

    @Test
    void anUploadDeclaringOneGigabyteIsRefusedBeforeAnythingIsRead() throws Exception {
        Map<String, String> unggahan = unggahanHalamanVerifikasi();

        KirimanMentah.Hasil hasil = KirimanMentah.kirim(port, unggahan.get("jalur"), Map.of("Cookie", unggahan.get("cookie"),
                "Content-Type", "application/pdf", "X-Filename", "satu-giga.pdf"), 1024 * MB, 1024 * MB);

        assertThat(hasil.terkirim()).isLessThan(PALING_BANYAK_DITERIMA);
        assertThat(hasil.diputus()).isTrue();
        assertSehat();
    }

    @Test
    void oversizedUiMessagesFromAVisitorsSessionAreRefusedUnreadOrCutOff() throws Exception {
        // Vaadin reads a UI message whole into memory before it looks at it: anyone with a session could send one
        String sesi = unggahanHalamanVerifikasi().get("cookie");

        KirimanMentah.Hasil dinyatakan = KirimanMentah.kirim(port, "/?v-r=uidl&v-uiId=0",
                Map.of("Cookie", sesi, "Content-Type", "application/json; charset=UTF-8"), 512 * MB, 512 * MB);
        KirimanMentah.Hasil bersambung = KirimanMentah.kirim(port, "/?v-r=uidl&v-uiId=0",
                Map.of("Cookie", sesi, "Content-Type", "application/json; charset=UTF-8"), 512 * MB, -1);

        assertThat(dinyatakan.terkirim()).as("diterima server dari 512 MB").isLessThan(PALING_BANYAK_DITERIMA);
        assertThat(dinyatakan.status()).startsWith("HTTP/1.1 413");
        assertThat(bersambung.terkirim()).as("diterima server dari 512 MB").isLessThan(PALING_BANYAK_DITERIMA);
        assertThat(bersambung.diputus()).isTrue();
        assertSehat();
    }

    @Test
    void inChromiumTheSignedOriginalMatchesAndAFileOverTheLimitIsRefusedInIndonesian() throws Exception {
        unggahanHalamanVerifikasi();
        Files.createDirectories(BERKAS);
        Path asli = BERKAS.resolve("asli.pdf");
        Files.write(asli, dokumenTerakhir);
        Path besar = berkasJarang("pindaian-besar.pdf", 60 * MB);
        Path besarLagi = berkasJarang("pindaian-besar-2.pdf", 60 * MB);

        pilihBerkas(asli);
        tungguTeks("Cocok: berkas ini sama persis");

        // the browser refuses it by itself first (a courtesy only) ...
        pilihBerkas(besar);
        tungguTeks("Berkas \"pindaian-besar.pdf\" ditolak: jenisnya tidak diterima atau lebih besar dari 50 MB.");
        // ... and when a visitor lifts that limit, the server refuses it (the length the browser declares suffices)
        browser.executeScript("document.querySelector('vaadin-upload').maxFileSize = Infinity;");
        pilihBerkas(besarLagi);
        tungguTeks("Berkas \"pindaian-besar-2.pdf\" ditolak karena lebih besar dari 50 MB.");
        Peramban.layar(browser, "unggah-verifikasi-ditolak");
        // and no file row of the upload claims that the refused file arrived
        assertThat(browser.executeScript("return document.querySelector('vaadin-upload').files"
                + ".filter(f => f.name === 'pindaian-besar-2.pdf' && f.complete && !f.error).length;"))
                .asString().isEqualTo("0");
        assertSehat();
    }

    /** A file of {@code ukuran} bytes that takes no room on disk. */
    private static Path berkasJarang(String nama, long ukuran) throws IOException {
        Path berkas = BERKAS.resolve(nama);
        try (RandomAccessFile jarang = new RandomAccessFile(berkas.toFile(), "rw")) {
            jarang.setLength(ukuran);
        }
        return berkas;
    }

    private void pilihBerkas(Path berkas) {
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
        // one file at a time: ChromeDriver adds a chosen file to those the input already holds
        WebElement masukan = (WebElement) browser.executeScript("const u = arguments[0];"
                + " const i = u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');"
                + " i.value = ''; u.files = []; return i;", upload);
        masukan.sendKeys(berkas.toAbsolutePath().toString());
    }

    /** Waits for the text; if it never comes, the failure says what the page and the upload's file rows show. */
    private void tungguTeks(String teks) {
        try {
            Peramban.tunggu(browser).until(d -> teksHalaman().contains(teks));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Tidak muncul: " + teks + "\nHalaman: " + teksHalaman() + "\nBerkas: " + browser.executeScript(
                    "return JSON.stringify(document.querySelector('vaadin-upload').files.map(f => [f.name, f.error, f.progress, f.complete]));"), e);
        }
    }

    private String teksHalaman() {
        return (String) browser.executeScript("return document.body.innerText;");
    }

    /** Opens the page of a freshly signed document anonymously; returns its upload's address and the session. */
    private Map<String, String> unggahanHalamanVerifikasi() {
        Masuk.sebagai(users, "camat");
        long kec = organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
        TandaTangan camat = new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), null, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina, IV/a", Nip.of("197703292008011008"));
        ArsipDokumen arsip = dokumen.terbitkan(new Dokumen("Laporan Uji Unggahan Besar",
                new Metadata("Laporan Evaluasi Triwulan", kec, "Kecamatan Kalaena", 2026, "Final", 1), null,
                List.of(new Bab("I", "PENUTUP", List.of(Bagian.of("", "", new Paragraf("Isi."), camat)))), false));
        dokumenTerakhir = dokumen.unduh(arsip.kode()).isi();
        Masuk.keluar();

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/verifikasi/" + arsip.kode());
        Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-upload[target]")));
        String jalur = (String) browser.executeScript("const u = document.querySelector('vaadin-upload');"
                + " return new URL(u.getAttribute('target'), document.baseURI).pathname;");
        String sesi = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return Map.of("jalur", jalur, "cookie", "JSESSIONID=" + sesi);
    }

    private void assertSehat() throws IOException, InterruptedException {
        HttpResponse<String> sehat = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sehat.statusCode()).isEqualTo(200);
        assertThat(sehat.body()).contains("\"status\":\"UP\"");
    }
}
