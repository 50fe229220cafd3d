package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.RenstraService;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The sekcam re-imports the Renstra in a real browser: downloads the template from the Renstra screen, changes one
 * sub kegiatan's pagu in it, uploads it, reads the preview (the changed row with what changed, the year's total
 * before and after), first cancels (nothing stored), then uploads again and applies; the screen shows the new total.
 * Screenshot: target/screenshots/renstra-pratinjau-impor.png. Once a Renja of the period has left its draft, the same
 * re-import is previewed as a Renstra Perubahan, needs its reason, and the version selector then shows both versions
 * (target/screenshots/renstra-perubahan-pratinjau.png, renstra-perubahan-versi-lama.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerjalananImporUlangTest {

    static final Path UNDUHAN = Path.of("target", "unduhan-renstra").toAbsolutePath();
    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenstraService renstra;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    LayananRenja layananRenja;

    @BeforeAll
    static void bukaBrowser() throws Exception {
        browser = Peramban.mulai("1440,1000", UNDUHAN);
    }

    @AfterAll
    static void tutupBrowser() {
        Peramban.tutup(browser);
    }

    @Test
    void theSekcamPreviewsAChangedRenstraCancelsThenAppliesIt() throws Exception {
        // a kecamatan of its own: two sub kegiatan of Rp 1.000.000 in 2026, no Renja yet
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, impor, users, json, 2);
        Masuk.keluar();

        Peramban.masuk(browser, port, k.sekcam(), KecamatanUji.SANDI);
        browser.get("http://localhost:" + port + "/renstra");
        WebElement templat = Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("unduh-templat")));
        byte[] xlsx = Peramban.unduh(browser, templat, ".xlsx", UNDUHAN, Path.of("target", "unduhan-uji"));
        Path berkas = UNDUHAN.resolveSibling("renstra-diubah.xlsx");
        Files.write(berkas, ubahPagu(xlsx, "7.01.02.2.04.0002", 2026, 1_250_000));

        unggah(berkas);
        WebElement dialog = Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau-ringkasan")));
        assertThat(dialog.getText()).isEqualTo("0 baris ditambah, 1 diubah, 0 dihapus, 3 tidak berubah. Belum ada yang disimpan.");
        String teks = teksHalaman();
        assertThat(teks).contains("7.01.02.2.04.0002", "Pagu 2026: Rp 1.000.000 → Rp 1.250.000");
        assertThat(teks).contains("Rp 2.000.000", "Rp 2.250.000", "+Rp 250.000");
        Peramban.layar(browser, "renstra-pratinjau-impor");
        Peramban.klik(browser, By.xpath("//vaadin-button[normalize-space(.)='Batal']"));
        Peramban.tunggu(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("pratinjau-ringkasan")));
        Masuk.sebagai(users, k.sekcam());
        assertThat(renstra.terbaru(k.kecamatanId()).orElseThrow().totalPagu().get(2026)).isEqualTo(2_000_000L);

        unggah(berkas);
        Peramban.klik(browser, By.id("terapkan-impor"));
        Peramban.tunggu(browser).until(d -> teksHalaman().contains("Impor berhasil"));
        Peramban.tunggu(browser).until(d -> browser.findElement(By.id("ringkasan-total")).getText().contains("Rp 2.250.000"));
        assertThat(renstra.terbaru(k.kecamatanId()).orElseThrow().totalPagu().get(2026)).isEqualTo(2_250_000L);
        assertThat(browser.findElement(By.id("ringkasan-total")).getText())
                .contains("periode 2025–2029: " + FormatIndonesia.rupiah(2_250_000L));
    }

    @Test
    void onceARenjaLeftItsDraftTheSekcamSavesARenstraPerubahanWithItsReasonAndViewsBothVersions() throws Exception {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, impor, users, json, 2);
        Masuk.sebagai(users, k.sekcam());
        LocalDate h = LocalDate.now();
        long renjaId = layananRenja.pembukaan().buka(k.kecamatanId(), 2026,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        for (int i = 0; i < 2; i++) {
            Masuk.sebagai(users, k.kepala().get(i));
            layananRenja.isiDanAjukan(renjaId, k.unit().get(i));
        }
        Masuk.sebagai(users, k.sekcam());
        k.unit().forEach(unit -> layananRenja.telaah().setujuiBagian(renjaId, unit));
        Masuk.keluar();

        Peramban.masuk(browser, port, k.sekcam(), KecamatanUji.SANDI);
        browser.get("http://localhost:" + port + "/renstra");
        WebElement templat = Peramban.tunggu(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("unduh-templat")));
        byte[] xlsx = Peramban.unduh(browser, templat, ".xlsx", UNDUHAN, Path.of("target", "unduhan-uji"));
        Path berkas = UNDUHAN.resolveSibling("renstra-perubahan.xlsx");
        Files.write(berkas, ubahPagu(xlsx, "7.01.02.2.04.0002", 2026, 1_250_000));

        unggah(berkas);
        WebElement perubahanKe = Peramban.tunggu(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pratinjau-perubahan-ke")));
        assertThat(perubahanKe.getText()).contains("akan disimpan sebagai Renstra Perubahan ke-1");
        assertThat(teksHalaman()).contains("Pagu 2026: Rp 1.000.000 → Rp 1.250.000", "+Rp 250.000");
        // no reason yet: the dialog stays open
        Peramban.klik(browser, By.id("terapkan-impor"));
        Peramban.tunggu(browser).until(d -> d.findElement(By.id("dasar-perubahan")).getDomAttribute("invalid") != null);
        assertThat(browser.findElement(By.id("pratinjau-perubahan-ke")).isDisplayed()).isTrue();
        WebElement dasar = browser.findElement(By.cssSelector("#dasar-perubahan textarea"));
        dasar.sendKeys("Perbup Nomor 12 Tahun 2026", Keys.TAB);
        Peramban.layar(browser, "renstra-perubahan-pratinjau");
        Peramban.klik(browser, By.id("terapkan-impor"));
        Peramban.tunggu(browser).until(d -> teksHalaman().contains("Impor berhasil"));

        WebElement versi = Peramban.tunggu(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("pilih-versi-renstra")));
        Peramban.tunggu(browser).until(d -> versi.getText().contains("Perubahan ke-1"));
        assertThat(versi.getText()).contains("Perbup Nomor 12 Tahun 2026", "(berlaku)");
        assertThat(browser.findElement(By.id("ringkasan-total")).getText()).contains("Rp 2.250.000");
        Peramban.klik(browser, By.id("pilih-versi-renstra"));
        Peramban.klik(browser, By.xpath("//vaadin-select-item[contains(normalize-space(.), '(awal)')]"));
        WebElement lama = Peramban.tunggu(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("versi-hanya-lihat")));
        assertThat(lama.getText()).startsWith("Versi ini sudah diganti oleh Renstra Perubahan ke-1");
        Peramban.tunggu(browser).until(d -> d.findElement(By.id("ringkasan-total")).getText().contains("Rp 2.000.000"));
        Peramban.layar(browser, "renstra-perubahan-versi-lama");
        Masuk.sebagai(users, k.sekcam());
        assertThat(renstra.daftar(k.kecamatanId())).singleElement().satisfies(r -> {
            assertThat(r.perubahanKe()).isEqualTo(1);
            assertThat(r.dasar()).isEqualTo("Perbup Nomor 12 Tahun 2026");
        });
    }

    private void unggah(Path berkas) {
        WebElement upload = browser.findElement(By.id("impor-xlsx"));
        // one file at a time: ChromeDriver adds a chosen file to those the input already holds
        WebElement masukan = (WebElement) browser.executeScript("const u = arguments[0];"
                + " const i = u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');"
                + " i.value = ''; u.files = []; return i;", upload);
        masukan.sendKeys(berkas.toAbsolutePath().toString());
    }

    private String teksHalaman() {
        return (String) browser.executeScript("return document.body.innerText;");
    }

    private static byte[] ubahPagu(byte[] xlsx, String kode, int tahun, long pagu) throws Exception {
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet sheet = buku.getSheet("Nomenklatur");
            int kolom = -1;
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().equals("Pagu " + tahun)) {
                    kolom = c.getColumnIndex();
                }
            }
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && kode.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(kolom).setCellValue(pagu);
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        }
    }
}
