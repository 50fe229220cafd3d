package id.sipeka.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.notifikasi.LanggananSurelService.Langganan;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail against a real SMTP server running inside the test (GreenMail): the reader who chose SEGERA gets each
 * notification with a link to its screen, once; a server that is down is tried again later; HARIAN readers get one
 * morning summary; nothing is sent for a step that rolled back.
 */
@SpringBootTest(properties = {"spring.mail.properties.mail.smtp.auth=false",
        "spring.mail.properties.mail.smtp.starttls.enable=false", "sipeka.surel.tunggu-ulang=0s",
        "sipeka.dokumen.url-publik=https://sipeka.luwutimurkab.go.id/"})
class SurelTest {

    private static final int PORT = portBebas();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    LanggananSurelService langganan;
    @Autowired
    PengirimSurel pengirim;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transaksi;

    private long kalaena;
    private long unitPem;

    @BeforeEach
    void siapkan() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        kalaena = jdbc.queryForObject("SELECT p.kecamatan_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'kasi.pem'", Long.class);
        unitPem = jdbc.queryForObject("SELECT p.unit_kerja_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'kasi.pem'", Long.class);
        Masuk.sebagai(users, "kasi.pem");
        langganan.simpan(new Langganan("kasi.pem@contoh.go.id", CaraSurel.SEGERA, 0));
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @AfterAll
    static void henti() {
        SMTP.stop();
    }

    @Test
    void theKasiGetsTheNotificationByEmailOnceWithALinkToItsScreen() throws Exception {
        String judul = "Isi laporan evaluasi TW I 2026 " + UUID.randomUUID();
        kirim(judul, "evaluasi/5/laporan");
        LatarSelesai.tunggu(jdbc);

        List<MimeMessage> surel = untuk("kasi.pem@contoh.go.id", judul);
        assertThat(surel).hasSize(1);
        MimeMessage m = surel.getFirst();
        assertThat(m.getSubject()).isEqualTo("[SIPEKA] " + judul);
        assertThat(m.getFrom()[0].toString()).contains("sipeka@localhost");
        String isi = GreenMailUtil.getBody(m);
        assertThat(isi).contains("https://sipeka.luwutimurkab.go.id/evaluasi/5/laporan").contains("Buka di SIPEKA")
                .contains("Isi laporannya.");

        // the event delivered again (a restart republishes what was not completed): written once, sent once
        long id = jdbc.queryForObject("SELECT MAX(id) FROM notifikasi WHERE judul = ?", Long.class, judul);
        pengirim.notifikasiDikirim(new NotifikasiDikirim(id, kalaena));
        pengirim.kirimUlang();
        assertThat(untuk("kasi.pem@contoh.go.id", judul)).hasSize(1);
    }

    @Test
    void aReaderWhoChoseNoEmailOrIsNotAddressedGetsNothing() throws Exception {
        Masuk.sebagai(users, "kasi.pem");
        langganan.simpan(new Langganan("kasi.pem@contoh.go.id", CaraSurel.TIDAK, 0));
        Masuk.sebagai(users, "sekcam");
        langganan.simpan(new Langganan("sekcam@contoh.go.id", CaraSurel.SEGERA, 0));
        String judul = "Tidak untuk siapa pun " + UUID.randomUUID();
        kirim(judul, null);
        LatarSelesai.tunggu(jdbc);
        assertThat(semuaDengan(judul)).isEmpty();
        langganan.simpan(new Langganan("", CaraSurel.TIDAK, 0));
    }

    @Test
    void anEmailRefusedByTheServerIsSentWhenItIsBack() throws Exception {
        String judul = "Pengingat batas " + UUID.randomUUID();
        SMTP.stop();
        try {
            kirim(judul, "tugas");
            LatarSelesai.tunggu(jdbc);
            assertThat(jdbc.queryForObject("SELECT status FROM surel_keluar WHERE judul = ?", String.class, "[SIPEKA] " + judul))
                    .isEqualTo("GAGAL");
        } finally {
            SMTP.start();
        }
        pengirim.kirimUlang();
        pengirim.kirimUlang();
        assertThat(untuk("kasi.pem@contoh.go.id", judul)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM surel_keluar WHERE judul = ?", String.class, "[SIPEKA] " + judul))
                .isEqualTo("TERKIRIM");
    }

    @Test
    void theMorningSummaryListsWhatIsStillOpenOnceADay() throws Exception {
        Masuk.sebagai(users, "kasi.pem");
        langganan.simpan(new Langganan("kasi.pem@contoh.go.id", CaraSurel.HARIAN, 0));
        Masuk.keluar();
        String judul = "Verifikasi menunggu " + UUID.randomUUID();
        kirim(judul, "tugas");
        LatarSelesai.tunggu(jdbc);
        assertThat(semuaDengan(judul)).as("nothing at once for a HARIAN reader").isEmpty();

        pengirim.ringkasanHarian();
        pengirim.ringkasanHarian();
        // (other tests' readers of the same database may get their own summaries: only the kasi's counts here)
        List<MimeMessage> ringkasan = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subjek(m).startsWith("[SIPEKA] Ringkasan pekerjaan") && penerima(m).equals("kasi.pem@contoh.go.id"))
                .toList();
        assertThat(ringkasan).hasSize(1);
        assertThat(GreenMailUtil.getBody(ringkasan.getFirst())).contains(judul).contains("https://sipeka.luwutimurkab.go.id/tugas");
    }

    @Test
    void nothingIsSentForAStepThatRolledBack() throws Exception {
        String judul = "Langkah yang batal " + UUID.randomUUID();
        new TransactionTemplate(transaksi).executeWithoutResult(status -> {
            kirim(judul, "tugas");
            status.setRollbackOnly();
        });
        LatarSelesai.tunggu(jdbc);
        assertThat(semuaDengan(judul)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifikasi WHERE judul = ?", Integer.class, judul)).isZero();
    }

    @Test
    void anAddressThatIsNotOneIsRefusedInIndonesian() {
        Masuk.sebagai(users, "kasi.pem");
        assertThatThrownBy(() -> langganan.simpan(new Langganan("kasi.pem di kantor", CaraSurel.SEGERA, 0)))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Alamat e-mail \"kasi.pem di kantor\" tidak sah. Contoh: nama@luwutimurkab.go.id");
        assertThat(langganan.milikSaya().orElseThrow().email()).isEqualTo("kasi.pem@contoh.go.id");
    }

    private void kirim(String judul, String tautan) {
        SistemAuthentication.jalankan(() -> notifikasi.kirim(new Pemberitahuan(kalaena, Peran.KEPALA_UNIT, unitPem, "TUGAS",
                judul, "Isi laporannya.", tautan, "uji:" + judul)));
    }

    private static List<MimeMessage> untuk(String alamat, String judul) {
        return semuaDengan(judul).stream().filter(m -> penerima(m).equals(alamat)).toList();
    }

    private static String penerima(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<MimeMessage> semuaDengan(String judul) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subjek(m).contains(judul)).toList();
    }

    private static String subjek(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int portBebas() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
