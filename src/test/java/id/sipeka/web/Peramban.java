package id.sipeka.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The headless Chromium of the browser journeys and the steps they all take: start it (the system's Chromium and
 * driver, never a downloaded one), sign in with a demo account, click, wait, take a screenshot, download a file.
 */
final class Peramban {

    static final Path LAYAR = Path.of("target", "screenshots");
    static final String SANDI_DEMO = "sipeka-demo";

    private Peramban() {
    }

    /**
     * @param ukuran window size, e.g. "1440,1000"
     * @param unduhan folder downloads are saved to (PDFs saved, not opened), or {@code null} for none
     */
    static ChromeDriver mulai(String ukuran, Path unduhan) throws IOException {
        Files.createDirectories(LAYAR);
        ChromeOptions opsi = new ChromeOptions();
        opsi.setBinary(System.getenv().getOrDefault("SIPEKA_CHROMIUM", "/usr/bin/chromium"));
        opsi.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + ukuran, "--lang=id", "--user-data-dir=" + Files.createTempDirectory("sipeka-chromium"));
        if (unduhan != null) {
            Files.createDirectories(unduhan);
            Map<String, Object> pref = new HashMap<>();
            pref.put("download.default_directory", unduhan.toString());
            pref.put("download.prompt_for_download", false);
            pref.put("download.directory_upgrade", true);
            pref.put("plugins.always_open_pdf_externally", true);
            opsi.setExperimentalOption("prefs", pref);
        }
        ChromeDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("SIPEKA_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), opsi);
        if (unduhan != null) {
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", unduhan.toString()));
        }
        return browser;
    }

    /** A phone: the page is laid out for a {@code lebar} × {@code tinggi} CSS-pixel touch screen (mobile viewport). */
    static void ponsel(ChromeDriver browser, int lebar, int tinggi) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", lebar, "height", tinggi, "deviceScaleFactor", 2, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
    }

    static void tutup(ChromeDriver browser) {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Signs in afresh (cookies cleared) with a demo account and waits for the menu. */
    static void masuk(ChromeDriver browser, int port, String username) {
        masuk(browser, port, username, SANDI_DEMO);
    }

    /** Signs in afresh (cookies cleared) and waits for the menu. */
    static void masuk(ChromeDriver browser, int port, String username, String sandi) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/login");
        tunggu(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(username);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(sandi, Keys.ENTER);
        tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#menu vaadin-side-nav-item")));
    }

    /** A minute: the first page of a Vaadin app compiles its bundle, and the CI machine is shared. */
    static WebDriverWait tunggu(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Scrolls the element into the middle of the window first: a sticky header must not take the click. */
    static void klik(ChromeDriver browser, WebElement elemen) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", elemen);
        elemen.click();
    }

    /** Waits until the element can be clicked, then clicks it as {@link #klik(ChromeDriver, WebElement)}. */
    static void klik(ChromeDriver browser, By lokasi) {
        klik(browser, tunggu(browser).until(ExpectedConditions.elementToBeClickable(lokasi)));
    }

    /** XPath of a Vaadin field by its label, e.g. {@code medan("vaadin-select", "Keputusan")}. */
    static String medan(String komponen, String label) {
        return "//" + komponen + "[./label[normalize-space(.)='" + label + "']]";
    }

    /** Opens the select labelled {@code label} and picks {@code item}. */
    static void pilih(ChromeDriver browser, String label, String item) {
        klik(browser, By.xpath(medan("vaadin-select", label)));
        klik(browser, By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']"));
    }

    static void layar(ChromeDriver browser, String nama) throws IOException {
        File berkas = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(berkas.toPath(), LAYAR.resolve(nama + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Clicks a download link and returns the file that appears in {@code unduhan}, a copy kept in {@code simpan}.
     * The folder is emptied first: Chromium overwrites a file of the same name, so only a fresh folder shows that
     * this click produced a file.
     */
    static byte[] unduh(ChromeDriver browser, WebElement tautan, String akhiran, Path unduhan, Path simpan) throws Exception {
        for (Path lama : berkas(unduhan)) {
            Files.delete(lama);
        }
        klik(browser, tautan);
        long batas = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < batas) {
            for (Path p : berkas(unduhan)) {
                if (p.toString().endsWith(akhiran)) {
                    byte[] isi = Files.readAllBytes(p);
                    Thread.sleep(200);
                    // Chromium renames the .crdownload when done; read again to be sure the size no longer grows
                    if (isi.length > 0 && isi.length == Files.size(p)) {
                        Files.createDirectories(simpan);
                        Files.write(simpan.resolve(p.getFileName()), isi);
                        return isi;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Tidak ada berkas " + akhiran + " yang terunduh; ada: " + berkas(unduhan));
    }

    private static Set<Path> berkas(Path folder) throws IOException {
        try (var isi = Files.list(folder)) {
            return isi.collect(Collectors.toSet());
        }
    }
}
