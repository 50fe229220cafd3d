package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (headless Chromium from the system, no downloaded browser): the camat, the sekcam and a kasi sign in
 * through the login page and each sees their own menu. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerjalananBrowserTest {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("1440,1000", null);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void theCamatTheSekcamAndAKasiEachSeeTheirOwnMenu() throws IOException {
        assertThat(masukDanBacaMenu("camat", "1-camat")).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja",
                "Evaluasi triwulan", "Anggaran Kecamatan", "LKjIP", "Arsip", "Agenda Naskah", "Log Audit",
                "Pemberitahuan E-mail");
        assertThat(masukDanBacaMenu("sekcam", "2-sekcam")).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja",
                "Evaluasi triwulan", "Anggaran Kecamatan", "LKjIP", "Arsip", "Agenda Naskah", "Log Audit",
                "Pemberitahuan E-mail");
        assertThat(masukDanBacaMenu("kasi.pem", "3-kasi-pem")).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja",
                "Evaluasi triwulan", "Anggaran Kecamatan", "Arsip", "Agenda Naskah", "Pemberitahuan E-mail");
    }

    @Test
    void aKasiOpensTheRenstraAndSeesTheComputedTotals() throws IOException {
        masukDanBacaMenu("kasi.pmd", "4-kasi-pmd");
        browser.get(url("/renstra"));
        WebElement total = tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("ringkasan-total")));
        assertThat(total.getText()).isEqualTo("Total pagu 2025: Rp 2.627.973.004; periode 2025–2029: Rp 17.061.154.008");
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.id("renstra-grid")));
        simpanLayar("5-kasi-pmd-renstra");
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() throws IOException {
        keluar();
        isiLogin("camat", "bukan-sandinya");
        tunggu().until(ExpectedConditions.urlContains("error"));
        WebElement form = tunggu().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        tunggu().until(d -> form.getDomAttribute("error") != null);
        simpanLayar("0-login-gagal");
    }

    private List<String> masukDanBacaMenu(String username, String layar) throws IOException {
        keluar();
        isiLogin(username, "sipeka-demo");
        tunggu().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu vaadin-side-nav-item")));
        tunggu().until(d -> !d.findElements(By.cssSelector(".pengguna .nama")).isEmpty());
        simpanLayar(layar);
        // the menu's names; the task count beside "Tugas Saya" depends on what other tests left open, not on the role
        return browser.findElements(By.cssSelector("#menu vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(t -> t.replaceAll("\\s+\\d+$", "").strip()).toList();
    }

    private void isiLogin(String username, String sandi) {
        browser.get(url("/login"));
        WebElement nama = tunggu().until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        nama.sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(sandi);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], vaadin-login-form vaadin-button")).click();
    }

    private void keluar() {
        browser.manage().deleteAllCookies();
    }

    private WebDriverWait tunggu() {
        return Peramban.tunggu(browser);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void simpanLayar(String nama) throws IOException {
        Peramban.layar(browser, nama);
    }
}
