package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a user sees in a real browser (development mode, as in the issue) when an address is wrong, a record is missing
 * or not theirs, a screen is not for their role, or something breaks: an Indonesian page with a way back to Beranda,
 * never a stack trace or Vaadin's list of routes. Screenshots go to target/screenshots/kesalahan-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HalamanKesalahanTest {

    static final String TIDAK_DITEMUKAN = "Halaman tidak ditemukan";
    static final String TIDAK_DIIZINKAN = "Akses ditolak";
    static final String TAK_TERDUGA = "Terjadi kesalahan";

    /** Texts of a drawn error page: ours, or Vaadin's and Spring's defaults (so a test of today's code fails fast). */
    static final List<String> TERGAMBAR = List.of(TIDAK_DITEMUKAN, TIDAK_DIIZINKAN, TAK_TERDUGA, "Could not navigate",
            "There was an exception", "Whitelabel");

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

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
    void aWordWhereAnIdBelongsShowsTheIndonesianNotFoundPage() throws IOException {
        Peramban.masuk(browser, port, "sekcam");
        assertThat(buka("/evaluasi/abc", "kesalahan-evaluasi-abc")).startsWith(TIDAK_DITEMUKAN);
        assertThat(buka("/renja/abc/penetapan", "kesalahan-renja-abc")).startsWith(TIDAK_DITEMUKAN);
    }

    @Test
    void aMissingEvaluationShowsTheNotFoundPageInsteadOfAStackTrace() throws IOException {
        Peramban.masuk(browser, port, "kasi.pem");
        assertThat(buka("/evaluasi/999/laporan", "kesalahan-evaluasi-999")).startsWith(TIDAK_DITEMUKAN);
    }

    @Test
    void aRenjaAddressWithoutAScreenShowsTheNotFoundPage() throws IOException {
        Peramban.masuk(browser, port, "sekcam");
        assertThat(buka("/renja/999", "kesalahan-renja-999")).startsWith(TIDAK_DITEMUKAN);
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageWithoutTheListOfRoutes() throws IOException {
        Peramban.masuk(browser, port, "camat");
        assertThat(buka("/tidak/ada/halaman/ini", "kesalahan-rute-tak-dikenal")).startsWith(TIDAK_DITEMUKAN);
    }

    @Test
    void aScreenTheRoleMayNotOpenShowsTheNotAllowedPage() throws IOException {
        Peramban.masuk(browser, port, "kasi.pem");
        assertThat(buka("/admin/pegawai", "kesalahan-tidak-diizinkan")).startsWith(TIDAK_DIIZINKAN);
    }

    @Test
    void anotherKecamatansRenjaLooksExactlyLikeOneThatDoesNotExist() throws IOException {
        long milikWasuponda = renjaWasuponda();
        Peramban.masuk(browser, port, "sekcam");
        String bukanMiliknya = buka("/renja/" + milikWasuponda + "/penetapan", "kesalahan-renja-kecamatan-lain");
        String tidakAda = buka("/renja/987654321/penetapan", "kesalahan-renja-tidak-ada");
        assertThat(bukanMiliknya).startsWith(TIDAK_DITEMUKAN).isEqualTo(tidakAda);
        assertThat(buka("/renja/" + milikWasuponda + "/evaluasi-lalu", "kesalahan-bab2-kecamatan-lain")).isEqualTo(tidakAda);
    }

    @Test
    void anUnexpectedErrorShowsAShortCodeThatTheLogHasWithTheStackTrace(CapturedOutput log) throws IOException {
        Peramban.masuk(browser, port, "camat");
        String teks = buka("/" + GagalUjiView.RUTE, "kesalahan-tak-terduga");
        assertThat(teks).startsWith(TAK_TERDUGA);
        Matcher kode = Pattern.compile("Kode kesalahan: ([A-Z0-9]{8})").matcher(teks);
        assertThat(kode.find()).as(teks).isTrue();
        assertThat(log.getOut()).containsPattern("ERROR .*\\[" + kode.group(1) + "\\]")
                .contains(GagalUjiView.PESAN).contains("at id.sipeka.web.GagalUjiView");
    }

    /** Opens the address, waits until Vaadin has drawn the page, keeps a screenshot and returns the page's text. */
    private String buka(String path, String layar) throws IOException {
        browser.get("http://localhost:" + port + path);
        Peramban.tunggu(browser).until(d -> TERGAMBAR.stream().anyMatch(d.findElement(By.tagName("body")).getText()::contains));
        Peramban.layar(browser, layar);
        String teks = browser.findElement(By.tagName("body")).getText();
        assertThat(teks).doesNotContain("Exception", "at id.sipeka", "at com.vaadin", "Available routes",
                "Could not navigate", "There was an exception", "Whitelabel", "kecamatan lain");
        assertThat(browser.findElements(By.id("ke-beranda"))).as("tautan ke Beranda").isNotEmpty();
        return teks.strip();
    }

    /** A Renja of the other demo kecamatan, Wasuponda (opened once if it has none). */
    private long renjaWasuponda() {
        Masuk.sebagai(users, "wasuponda.sekcam");
        long wasuponda = organisasi.kecamatanDenganKode("WASUPONDA").orElseThrow().id();
        long id = renja.daftar(wasuponda).stream().findFirst().map(RenjaRingkas::id).orElseGet(() -> {
            LocalDate h = LocalDate.now();
            return pembukaan.buka(wasuponda, 2027, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        });
        Masuk.keluar();
        return id;
    }
}
