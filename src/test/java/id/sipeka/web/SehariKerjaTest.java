package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.sipeka.KonteksSendiri;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.KecamatanKalaenaUji;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.notifikasi.CaraSurel;
import id.sipeka.notifikasi.LanggananSurelService;
import id.sipeka.notifikasi.LanggananSurelService.Langganan;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A working day of the quarterly evaluation in a real browser, on a wide screen and on a phone: the kasi goes from
 * Beranda to a submitted report in two clicks; the sekcam is told by e-mail (a real SMTP server inside the test),
 * opens the link straight onto the verification and verifies two reports in one action; the camat signs five
 * reports in one action from Beranda. On the phone every page is checked for sideways scrolling, cut names and
 * states, and buttons off the screen. Screenshots in target/screenshots/sehari-*.png.
 *
 * <p>The kecamatan is a fresh one with the demo's Renstra (its Renja ditetapkan and rencana aksi approved through
 * the services), shared by both sizes: the wide screen works TW I, the phone TW II. The report's figures were entered
 * through the services beforehand ("on earlier days"), so the clicks counted are the ones of the day the report goes in.
 */
@KonteksSendiri // settings of its own (a plain SMTP server): a second context started after the shared one would
                // take Spring Security's holder strategy from under it, and every later API test's sign-in with it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.properties.mail.smtp.auth=false", "spring.mail.properties.mail.smtp.starttls.enable=false"})
class SehariKerjaTest {

    private static final int PORT_SMTP = portBebas();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT_SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private static final Pattern TAUTAN = Pattern.compile("http://localhost:\\d+/[^\\s\"<>]+");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> PORT_SMTP);
    }

    @LocalServerPort
    int port;
    @Autowired
    KecamatanKalaenaUji kecamatan;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    LanggananSurelService langganan;
    @Autowired
    UserDetailsService users;

    private ChromeDriver browser;
    private String ukuran;
    private boolean ponsel;

    @AfterEach
    void tutup() {
        Peramban.tutup(browser);
        Masuk.keluar();
    }

    @AfterAll
    static void hentikanSmtp() {
        SMTP.stop();
    }

    /** One kecamatan for both screen sizes (its Renja cycle is the slow part): each size has a quarter of its own. */
    private static Kecamatan k;

    @ParameterizedTest(name = "{0}×{1}, TW {3}")
    @CsvSource({"1440, 900, lebar, 1", "390, 844, ponsel, 2"})
    void aKasiSubmitsInTwoClicksTheSekcamVerifiesTwoFromTheEmailLinkTheCamatSignsFive(int lebar, int tinggi, String nama,
            int triwulan) throws Exception {
        ukuran = nama;
        ponsel = lebar < 600;
        browser = Peramban.mulai(lebar + "," + tinggi, null);
        if (ponsel) {
            Peramban.ponsel(browser, lebar, tinggi);
        }
        if (k == null) {
            k = kecamatan.siapkan(0);
        }
        long evaluasiId = kecamatan.mulai(k, triwulan);
        Map<String, Long> laporan = new java.util.LinkedHashMap<>();
        for (String unit : List.of("SUBBAG-PK", "SUBBAG-UK", "SEKSI-PEM", "SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU")) {
            laporan.put(unit, kecamatan.isi(k, evaluasiId, unit));
        }
        for (String unit : List.of("SUBBAG-UK", "SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU")) {
            kecamatan.ajukan(k, unit, laporan.get(unit));
        }
        for (String unit : List.of("SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU")) {
            kecamatan.verifikasi(k, laporan.get(unit));
        }
        String alamatSekcam = k.sekcam() + "@contoh.go.id";
        Masuk.sebagai(users, k.sekcam());
        long versi = langganan.milikSaya().map(Langganan::version).orElse(0L);
        langganan.simpan(new Langganan(alamatSekcam, CaraSurel.SEGERA, versi));
        Masuk.keluar();

        int surelSebelumnya = SMTP.getReceivedMessages().length;

        // 1. the kasi: Beranda → Lanjutkan (1) → Ajukan ke Sekcam (2)
        String kasi = k.kepala().get("SEKSI-PEM");
        masuk(kasi);
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("kartu-evaluasi")));
        periksa("1-kasi-beranda");
        int klik = 0;
        klik(By.id("kartu-evaluasi-lanjutkan"));
        klik++;
        tunggu().until(ExpectedConditions.urlToBe(alamat("evaluasi/" + evaluasiId + "/laporan")));
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("ajukan-laporan")));
        periksa("2-kasi-laporan");
        klik(By.id("ajukan-laporan"));
        klik++;
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-laporan"), "diajukan"));
        periksa("3-kasi-diajukan");
        assertThat(klik).as("klik dari Beranda sampai laporan diajukan").isLessThanOrEqualTo(3);
        assertThat(status(k.sekcam(), laporan.get("SEKSI-PEM"))).isEqualTo(StatusLaporan.DIAJUKAN);

        // 2. the sekcam: the e-mail's link opens the verification; two reports verified in one action
        MimeMessage surel = surelUntuk(alamatSekcam, surelSebelumnya);
        Matcher tautan = TAUTAN.matcher(GreenMailUtil.getBody(surel));
        assertThat(tautan.find()).as("tautan dalam e-mail: " + GreenMailUtil.getBody(surel)).isTrue();
        masuk(k.sekcam());
        periksa("4-sekcam-beranda");
        browser.get(alamat("tugas"));
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("tugas-grid")));
        periksa("4b-sekcam-tugas-saya");
        klik(By.id("lonceng"));
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("daftar-lonceng")));
        periksa("4c-sekcam-lonceng");
        browser.get(tautan.group());
        tunggu().until(ExpectedConditions.urlToBe(alamat("evaluasi/" + evaluasiId + "/verifikasi")));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verifikasi-beberapa"), "(2)"));
        periksa("5-sekcam-verifikasi");
        klik(By.id("verifikasi-beberapa"));
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("massal-kirim")));
        layar("6-sekcam-dialog");
        klik(By.id("massal-kirim"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("massal-hasil"), "2 dari 2 laporan selesai"));
        layar("7-sekcam-hasil");
        assertThat(status(k.sekcam(), laporan.get("SEKSI-PEM"))).isEqualTo(StatusLaporan.DIVERIFIKASI);
        assertThat(status(k.sekcam(), laporan.get("SUBBAG-UK"))).isEqualTo(StatusLaporan.DIVERIFIKASI);

        // 3. the camat: Beranda → "Tandatangani 5 laporan" (1) → Tandatangani (2), the place prefilled
        masuk(k.camat());
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("kartu-evaluasi-semua"), "Tandatangani 5 laporan"));
        periksa("8-camat-beranda");
        klik(By.id("kartu-evaluasi-semua"));
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("massal-kirim")));
        layar("9-camat-dialog");
        klik(By.id("massal-kirim"));
        tunggu().until(ExpectedConditions.textToBePresentInElementLocated(By.id("massal-hasil"), "5 dari 5 laporan selesai"));
        layar("10-camat-hasil");
        for (String unit : List.of("SUBBAG-UK", "SEKSI-PEM", "SEKSI-PMD", "SEKSI-TRANTIB", "SEKSI-PU")) {
            assertThat(status(k.camat(), laporan.get(unit))).as(unit).isEqualTo(StatusLaporan.DITANDATANGANI);
        }
        assertThat(status(k.camat(), laporan.get("SUBBAG-PK"))).isEqualTo(StatusLaporan.DIISI);
        browser.navigate().refresh();
        tunggu().until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-grid")));
        periksa("11-camat-sesudah");
    }

    /** A screenshot and the layout check of the page (on the phone the stricter one). */
    private void periksa(String langkah) throws IOException {
        layar(langkah);
        assertThat(TataLetak.masalah(browser, ponsel)).as("tata letak " + ukuran + ": " + langkah).isEmpty();
    }

    private StatusLaporan status(String username, long laporanId) {
        Masuk.sebagai(users, username);
        try {
            return evaluasi.laporan(laporanId).status();
        } finally {
            Masuk.keluar();
        }
    }

    /** The e-mail sent to {@code alamat} after commit (after the first {@code sebelumnya} messages), waited for (bounded). */
    private static MimeMessage surelUntuk(String alamat, int sebelumnya) throws Exception {
        Instant batas = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(batas)) {
            Optional<MimeMessage> m = Arrays.stream(SMTP.getReceivedMessages()).skip(sebelumnya)
                    .filter(s -> penerima(s).equals(alamat)).findFirst();
            if (m.isPresent()) {
                return m.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Tidak ada e-mail untuk " + alamat);
    }

    private static String penerima(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void masuk(String username) {
        Peramban.masuk(browser, port, username, KecamatanKalaenaUji.SANDI);
    }

    private String alamat(String rute) {
        return "http://localhost:" + port + "/" + rute;
    }

    private void klik(By lokasi) {
        Peramban.klik(browser, lokasi);
    }

    private org.openqa.selenium.support.ui.WebDriverWait tunggu() {
        return Peramban.tunggu(browser);
    }

    private void layar(String langkah) throws IOException {
        Peramban.layar(browser, "sehari-" + ukuran + "-" + langkah);
    }

    private static int portBebas() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
