package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every screen every demo role can reach — each menu item, and each screen Beranda's cards and "Tugas Saya" open —
 * read in a real browser as the user sees it (the visible text, inside Vaadin's components too): no raw enum name
 * (TANDA_TANGAN, KEPALA_UNIT, DESA …) and none of Vaadin's English default texts ("Upload Files...", "Drop files
 * here", "No items" …) may show. Fails with the page and the text. Codes users typed themselves (marked with the
 * class {@code kode}, like the unit code "CAMAT") are data and not checked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeksTampakTest {

    /** Vaadin's English defaults and the development mode's texts, as they would show untranslated. */
    private static final List<String> INGGRIS = List.of("Upload Files...", "Upload File...", "Drop files here", "Drop file here",
            "File is too big", "Incorrect File Type", "Too Many Files", "No items", "Today", "Cancel", "Clear", "Please wait",
            "Show password", "Loading", "development mode", "Copilot", "Select all", "Remove", "Retry", "Start", "Close",
            "Log in", "Username", "Password", "Forgot password", "Incorrect username or password");
    /** Enum names that are also the right word on screen: "JUMLAH" labels the total row of the regulation's tables. */
    private static final Set<String> JUGA_KATA = Set.of("JUMLAH");
    private static final Pattern TOKEN = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");

    /** Text of every visible text node, Vaadin components' shadow roots included. */
    private static final String TEKS = """
            const keluar = [];
            const jalan = root => {
              const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
              for (let n = w.currentNode; n; n = w.nextNode()) {
                if (n.nodeType === Node.TEXT_NODE) {
                  const t = n.textContent.trim();
                  const p = n.parentElement;
                  // a code users typed (class "kode", e.g. the unit code CAMAT) is data, not a label
                  if (t && p && !p.closest('.kode') && p.checkVisibility({checkVisibilityCSS: true, checkOpacity: true})) keluar.push(t);
                } else if (n.shadowRoot) {
                  jalan(n.shadowRoot);
                }
              }
            };
            jalan(document.body);
            return keluar;
            """;

    static ChromeDriver browser;
    static Set<String> enumSipeka;

    @LocalServerPort
    int port;

    @BeforeAll
    static void siapkan() throws Exception {
        browser = Peramban.mulai("1440,900", null);
        enumSipeka = semuaEnum();
    }

    @AfterAll
    static void tutup() {
        Peramban.tutup(browser);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "sekcam", "camat", "kasi.pem", "staf.pem", "viewer.lutim"})
    void noScreenOfTheRoleShowsARawEnumNameOrAnEnglishVaadinText(String pengguna) throws Exception {
        List<String> masalah = new ArrayList<>();
        browser.manage().deleteAllCookies();
        browser.get(alamat("login"));
        Peramban.tunggu(browser).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        teksTampak().forEach(t -> periksa("login", t, masalah));

        Peramban.masuk(browser, port, pengguna);
        Set<String> rute = new LinkedHashSet<>();
        rute.add("");
        for (WebElement item : browser.findElements(By.cssSelector("#menu vaadin-side-nav-item"))) {
            rute.add(tanpaGaris(item.getDomAttribute("path")));
        }
        tungguTenang();
        rute.addAll(tujuanTombol());
        if (rute.contains("tugas")) {
            browser.get(alamat("tugas"));
            tungguTenang();
            rute.addAll(tujuanTombol());
        }

        for (String r : rute) {
            browser.get(alamat(r));
            tungguTenang();
            for (String teks : teksTampak()) {
                periksa(r, teks, masalah);
            }
        }
        Peramban.layar(browser, "teks-tampak-" + pengguna);
        assertThat(masalah).as(pengguna + " membuka " + rute).isEmpty();
    }

    private void periksa(String rute, String teks, List<String> masalah) {
        String tempat = "/" + rute + ": \"" + (teks.length() > 80 ? teks.substring(0, 80) + "…" : teks) + "\"";
        if (enumSipeka.contains(teks) && !JUGA_KATA.contains(teks)) {
            masalah.add("nama enum " + tempat);
        }
        var m = TOKEN.matcher(teks);
        while (m.find()) {
            if (enumSipeka.contains(m.group())) {
                masalah.add("nama enum " + m.group() + " di " + tempat);
            }
        }
        for (String inggris : INGGRIS) {
            if (teks.equalsIgnoreCase(inggris) || (inggris.length() > 8 && teks.contains(inggris))) {
                masalah.add("teks Inggris " + tempat);
            }
        }
    }

    /** Where the buttons of the page lead (Beranda's "Lanjutkan"/"Buka", the inbox's "Buka"). */
    private Set<String> tujuanTombol() {
        Set<String> rute = new TreeSet<>();
        for (WebElement b : browser.findElements(By.cssSelector("vaadin-button[data-rute]"))) {
            String r = b.getDomAttribute("data-rute");
            if (r != null && !r.isBlank()) {
                rute.add(tanpaGaris(r));
            }
        }
        return rute;
    }

    @SuppressWarnings("unchecked")
    private List<String> teksTampak() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(TEKS);
    }

    /** Waits until the page is there and Vaadin has no request in flight. */
    private void tungguTenang() {
        Peramban.tunggu(browser).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!document.querySelector('vaadin-app-layout') && !!window.Vaadin && !!Vaadin.Flow"
                        + " && Object.values(Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive())")));
    }

    private String alamat(String rute) {
        return "http://localhost:" + port + "/" + rute;
    }

    private static String tanpaGaris(String path) {
        String p = path == null ? "" : path;
        return p.startsWith("/") ? p.substring(1) : p;
    }

    /** Every constant of every enum in SIPEKA's own classes. */
    private static Set<String> semuaEnum() throws IOException, URISyntaxException {
        Path akar = Path.of(TeksTampakTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        Set<String> nama = new TreeSet<>();
        try (Stream<Path> kelas = Files.walk(akar.resolve("id/sipeka"))) {
            for (Path p : kelas.filter(f -> f.toString().endsWith(".class")).toList()) {
                String n = akar.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(n, false, TeksTampakTest.class.getClassLoader());
                    if (c.isEnum()) {
                        for (Object e : c.getEnumConstants()) {
                            nama.add(((Enum<?>) e).name());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that cannot be loaded on its own has no enum to offer
                }
            }
        }
        assertThat(nama).as("enum SIPEKA ditemukan").contains("TANDA_TANGAN", "KEPALA_UNIT", "DESA");
        return nama;
    }
}
