package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.RekapEvaluasiService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The kabupaten's viewer in a real browser: signs in as {@code viewer.lutim}, goes from Beranda's card to the
 * dashboard, finds a kecamatan with a signed quarter (seed 003) whose capaian and predikat equal its recap's,
 * downloads the XLSX, drills down to the kecamatan's recap and sees the same JUMLAH there; then the same dashboard
 * on a phone, without sideways scrolling. Screenshots: target/screenshots/dasbor-kabupaten*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerjalananDasborTest {

    static final Path UNDUHAN = Path.of("target", "unduhan-dasbor").toAbsolutePath();
    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    UserDetailsService users;

    @BeforeAll
    static void bukaBrowser() throws Exception {
        browser = Peramban.mulai("1440,1000", UNDUHAN);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void theViewerComparesTheKecamatanOfTheKabupatenAndDrillsDownToARecap() throws Exception {
        // a kecamatan of Luwu Timur of its own with a signed TW I 2026 (Kalaena's years belong to other journeys)
        KecamatanSeed003 k = seed003.siapkan();
        seed003.triwulanDitandatangani(k, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));
        Masuk.sebagai(users, "viewer.lutim");
        BarisRekap jumlah = rekap.rekap(k.kecamatanId(), 2026, 1, null, null).jumlah();
        Masuk.keluar();
        String kinerja = FormatIndonesia.persen(jumlah.capaianKinerja()) + " (" + jumlah.predikat() + ")";

        Peramban.masuk(browser, port, "viewer.lutim");
        assertThat(browser.findElements(By.cssSelector("#menu vaadin-side-nav-item[path='dasbor-kabupaten']"))).hasSize(1);
        WebElement kartu = Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-dasbor")));
        assertThat(kartu.getText()).contains("Luwu Timur", "2026");
        Peramban.klik(browser, By.id("kartu-dasbor-lanjutkan"));
        Peramban.tunggu(browser).until(ExpectedConditions.urlContains("/dasbor-kabupaten"));
        // the year in progress is 2026 (the clock's year): the kecamatan's row carries the recap's figure
        By tautanRekap = By.id("rekap-kecamatan-" + k.kecamatanId());
        WebElement tautan = Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(tautanRekap));
        List<String> sel = selBaris(tautan);
        assertThat(sel).as("the kecamatan's row").contains("Uji " + kode(k), kinerja, "Ditetapkan", "Belum dibuka");
        assertThat(String.join(" ", sel)).contains("Ditandatangani 2/2", "Lengkap 2/2");
        assertThat(browser.findElement(By.id("legenda-dasbor")).getText()).contains("Ditandatangani/jumlah laporan");
        Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#grafik-kecamatan")));
        Peramban.layar(browser, "dasbor-kabupaten");

        byte[] xlsx = Peramban.unduh(browser, browser.findElement(By.id("unduh-dasbor-xlsx")), ".xlsx", UNDUHAN,
                Path.of("target", "unduhan-uji"));
        assertThat(xlsx).startsWith('P', 'K');

        // drill-down: the kecamatan's recap up to TW I shows the same JUMLAH
        Peramban.klik(browser, tautanRekap);
        Peramban.tunggu(browser).until(ExpectedConditions.urlContains("/rekap"));
        // the JUMLAH line is the grid's last: bring it into the grid's rendered rows
        WebElement grid = Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("rekap-grid")));
        Peramban.tunggu(browser).until(d -> ((Number) browser.executeScript("return arguments[0].size || 0", grid)).intValue() > 0);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].scrollToIndex(arguments[0].size - 1)", grid);
        WebElement label = Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid[@id='rekap-grid']/vaadin-grid-cell-content[normalize-space(.)='JUMLAH']")));
        assertThat(selBaris(label)).contains(FormatIndonesia.persen(jumlah.capaianKinerja()),
                FormatIndonesia.persen(jumlah.capaianKeuangan()), jumlah.predikat());
        Peramban.layar(browser, "dasbor-kabupaten-rekap");

        // the same dashboard on a phone: one card per kecamatan, no sideways scrolling
        Peramban.ponsel(browser, 390, 844);
        browser.get("http://localhost:" + port + "/dasbor-kabupaten");
        Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("rekap-kecamatan-ponsel-" + k.kecamatanId())));
        Peramban.tunggu(browser).until(d -> ((Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue() <= 0);
        Peramban.layar(browser, "dasbor-kabupaten-ponsel");
    }

    /** The texts of every cell in the grid row of a cell's content (the cells are slotted into the grid's table). */
    @SuppressWarnings("unchecked")
    private static List<String> selBaris(WebElement isiSel) {
        return (List<String>) browser.executeScript("""
                const isi = arguments[0].closest('vaadin-grid-cell-content');
                const baris = isi.assignedSlot.parentElement.parentElement;
                return Array.from(baris.querySelectorAll('slot')).map(s => s.assignedNodes()[0])
                    .filter(n => n).map(n => n.textContent.trim());
                """, isiSel);
    }

    private static String kode(KecamatanSeed003 k) {
        return k.camat().substring(0, k.camat().indexOf('.')).toUpperCase();
    }
}
