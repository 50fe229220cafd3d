package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.dokumen.CaUji;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.KredensialTandaTangan;
import id.sipeka.dokumen.LayananBsreUji;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.dokumen.TsaUji;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import id.sipeka.renja.TelaahSekcamService;
import id.sipeka.renstra.ImporRenstraService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import id.sipeka.KonteksSendiri;
import id.sipeka.dokumen.DokumenProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Certified signing in a real browser: Luwu Timur signs through BSrE (a local server keeping the Esign Client
 * Service's contract) with a TSA. The camat of a fresh kecamatan opens the penetapan, is asked for the passphrase,
 * types a wrong one (the message shows, the Renja stays in penetapan, nothing is archived), then the right one; the
 * verification page behind the QR code shows the signer, BSrE's CA as issuer and the TSA's time, and says the
 * uploaded signed file's signature is valid. Screenshots: target/screenshots/bsre-*.png.
 */
@KonteksSendiri
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sipeka.dokumen.penyedia.kabupaten.7324=bsre", "sipeka.dokumen.bsre.versi=2",
                "sipeka.dokumen.bsre.pengguna=" + LayananBsreUji.PENGGUNA, "sipeka.dokumen.bsre.sandi=" + LayananBsreUji.SANDI,
                "sipeka.dokumen.bsre.batas-waktu=10s"})
class PerjalananTandaTanganBsreTest {

    static final String NIK_CAMAT = "7324010101800001";
    static final String NIK_SEKCAM = "7324010101800002";
    static final CaUji CA = new CaUji();
    static final LayananBsreUji BSRE = new LayananBsreUji(CA).daftarkan(NIK_CAMAT, "Pejabat Camat")
            .daftarkan(NIK_SEKCAM, "Pejabat Sekretariat");
    static final TsaUji TSA = new TsaUji(CA);
    static ChromeDriver browser;

    @DynamicPropertySource
    static void layanan(DynamicPropertyRegistry r) {
        r.add("sipeka.dokumen.bsre.url", BSRE::url);
        r.add("sipeka.dokumen.tsa.url", TSA::url);
    }

    @LocalServerPort
    int port;
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
    @Autowired
    DokumenProperties properties;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    DokumenService dokumen;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void bukaBrowser() throws IOException {
        browser = Peramban.mulai("1440,1100", null);
    }

    @AfterAll
    static void tutup() {
        Peramban.tutup(browser);
        BSRE.close();
        TSA.close();
    }

    @Test
    void theCamatSignsThePenetapanThroughBsreWithATypedPassphraseAndTheVerificationPageShowsIssuerAndTsaTime()
            throws Exception {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 1);
        jdbc.update("UPDATE pegawai SET nik = ? WHERE kecamatan_id = ? AND jabatan LIKE 'Camat%'", NIK_CAMAT, k.kecamatanId());
        jdbc.update("UPDATE pegawai SET nik = ? WHERE kecamatan_id = ? AND jabatan = 'Kepala Sekretariat'", NIK_SEKCAM,
                k.kecamatanId());
        long id = menungguPenetapan(k);
        int arsipSebelum = jumlahArsip(k.kecamatanId());

        // 1. a wrong passphrase: the message, the Renja still waits for the camat, nothing archived
        Peramban.masuk(browser, port, k.camat(), KecamatanUji.SANDI);
        buka("/renja/" + id + "/penetapan");
        Peramban.klik(browser, By.id("tetapkan"));
        ketik(By.id("kredensial"), "passphrase-keliru");
        Peramban.layar(browser, "bsre-1-passphrase");
        Peramban.klik(browser, By.id("kirim-kredensial"));
        Peramban.tunggu(browser).until(d -> halaman().contains("Passphrase atau kode TOTP salah"));
        Peramban.layar(browser, "bsre-2-passphrase-salah");
        Masuk.sebagai(users, k.camat());
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.PENETAPAN);
        Masuk.keluar();
        assertThat(jumlahArsip(k.kecamatanId())).isEqualTo(arsipSebelum);
        // the field was emptied after the failed call: the passphrase is not kept on the screen
        assertThat(browser.findElement(By.id("kredensial")).getDomProperty("value")).isEmpty();

        // 2. the right passphrase: signed through BSrE and time-stamped
        ketik(By.id("kredensial"), LayananBsreUji.PASSPHRASE);
        Peramban.klik(browser, By.id("kirim-kredensial"));
        Peramban.tunggu(browser).until(d -> halaman().contains("CAMAT UJI"));
        Peramban.layar(browser, "bsre-3-ditetapkan");
        Masuk.sebagai(users, k.camat());
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.DITETAPKAN);
        Masuk.keluar();
        String kode = jdbc.queryForObject("SELECT kode FROM dokumen_arsip WHERE kecamatan_id = ? AND tahap = 'Penetapan'"
                + " ORDER BY id DESC LIMIT 1", String.class, k.kecamatanId());
        String berkas = jdbc.queryForObject("SELECT berkas FROM dokumen_arsip WHERE kode = ?", String.class, kode);
        Path pdf = properties.direktoriArsip().resolve(berkas);
        byte[] isi = Files.readAllBytes(pdf);
        assertThat(PeriksaDokumen.tandaTanganSah(isi)).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(isi)).isEmpty();

        // 3. the verification page behind the QR code: signer, issuer, signing time, TSA time; the upload's signature
        browser.manage().deleteAllCookies();
        buka("/verifikasi/" + kode);
        Peramban.tunggu(browser).until(d -> halaman().contains("Penerbit sertifikat"));
        String teks = halaman();
        assertThat(teks).contains("Pejabat Camat", "CN=CA Uji BSrE", "Waktu tanda tangan", "Cap waktu (TSA)")
                .doesNotContain("Cap waktu (TSA): tidak ada");
        WebElement upload = browser.findElement(By.cssSelector("vaadin-upload"));
        WebElement masukan = (WebElement) browser.executeScript("const u = arguments[0];"
                + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');", upload);
        masukan.sendKeys(pdf.toAbsolutePath().toString());
        Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("hasil-tanda-tangan")));
        assertThat(browser.findElement(By.id("hasil-pencocokan")).getText()).startsWith("Cocok");
        assertThat(browser.findElement(By.id("hasil-tanda-tangan")).getText())
                .contains("sah", "Pejabat Camat", "CA Uji BSrE", "Cap waktu");
        Peramban.layar(browser, "bsre-4-verifikasi");
        assertThat(BSRE.salahBentuk()).isEmpty();
    }

    /** The fresh kecamatan's Renja 2026 through the services up to the camat's penetapan; the sekcam signs the
     * berita acara through BSrE too. */
    private long menungguPenetapan(KecamatanUji k) {
        Masuk.sebagai(users, k.sekcam());
        assertThat(dokumen.perluKredensial(k.kecamatanId())).as("the fresh kecamatan is in Luwu Timur (7324)").isTrue();
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(k.kecamatanId(), 2026, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25),
                h.plusDays(30))).id();
        Masuk.sebagai(users, k.kepala().getFirst());
        for (BarisRenja b : renja.barisUnit(id, k.unit().getFirst())) {
            pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(),
                    "APBD", null, b.targetMaju(), b.paguMaju()));
        }
        pengisian.ajukanBagian(id, k.unit().getFirst());
        Masuk.sebagai(users, k.sekcam());
        telaah.setujuiBagian(id, k.unit().getFirst());
        forumRenja.simpanForum(id, new Forum(h, "Aula Kantor Camat", "Kepala desa", List.of()));
        dokumen.denganKredensial(k.kecamatanId(), new KredensialTandaTangan(KredensialTandaTangan.Jenis.PASSPHRASE,
                LayananBsreUji.PASSPHRASE), () -> forumRenja.selesaikanForum(id, Set.of()));
        penetapan.setujuiRancanganAkhir(id);
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.PENETAPAN);
        Masuk.keluar();
        return id;
    }

    private int jumlahArsip(long kecamatanId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dokumen_arsip WHERE kecamatan_id = ?", Integer.class, kecamatanId);
    }

    private void ketik(By lokasi, String teks) {
        WebElement medan = Peramban.tunggu(browser).until(ExpectedConditions.presenceOfElementLocated(lokasi));
        WebElement input = medan.findElement(By.cssSelector("input"));
        input.sendKeys(teks);
    }

    private void buka(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private String halaman() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
