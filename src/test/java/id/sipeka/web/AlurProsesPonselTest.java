package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renstra.ImporRenstraService;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
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
import tools.jackson.databind.ObjectMapper;

/**
 * The Renja's "Alur proses" on a 390px phone: the diagram keeps its size and scrolls inside its own box, the page
 * itself does not scroll sideways, and the current step is the highlighted one. Screenshot:
 * target/screenshots/alur-proses-ponsel.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AlurProsesPonselTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("390,844", null);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void onAPhoneTheDiagramScrollsInsideItsBoxAndThePageDoesNot() throws IOException {
        // a kecamatan of its own: Kalaena's Renja years belong to the other journeys
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 2);
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        pembukaan.buka(k.kecamatanId(), 2026, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30)));
        Masuk.keluar();

        Peramban.masuk(browser, port, k.sekcam(), KecamatanUji.SANDI);
        browser.get("http://localhost:" + port + "/renja");
        Peramban.klik(browser, By.cssSelector("vaadin-details#alur-renja vaadin-details-summary"));
        WebElement kotak = Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#alur-renja .alur-proses")));
        Peramban.tunggu(browser).until(d -> kotak.getSize().getHeight() > 100);
        Peramban.layar(browser, "alur-proses-ponsel");

        long lebarJendela = angka("return document.documentElement.clientWidth");
        assertThat(angka("return document.documentElement.scrollWidth")).as("the page scrolls sideways")
                .isLessThanOrEqualTo(lebarJendela);
        assertThat(angka("return arguments[0].getBoundingClientRect().right", kotak)).as("the box fits the window")
                .isLessThanOrEqualTo(lebarJendela);
        assertThat(angka("return arguments[0].scrollWidth", kotak)).as("the diagram keeps its size inside the box")
                .isGreaterThan(angka("return arguments[0].clientWidth", kotak));
        assertThat(kotak.findElement(By.cssSelector("g[data-id='isiBagian']")).getAttribute("class"))
                .isEqualTo("langkah saat-ini");
        assertThat(browser.findElement(By.cssSelector("#alur-renja .legenda-alur")).getText()).contains("Langkah saat ini");
    }

    private static long angka(String skrip, Object... argumen) {
        return ((Number) browser.executeScript(skrip, argumen)).longValue();
    }
}
