package id.sipeka.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.notifikasi.LanggananSurelService.Langganan;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * WhatsApp through an HTTP gateway, against a gateway running inside the test that checks what Indonesian gateways
 * check (POST, the token header, a JSON body with the number and the message): the reader who gave a number gets
 * each notification once with its link; a gateway that refuses (HTTP 500) is tried again; a number that is not one
 * is refused in Indonesian. Without SIPEKA_WA_URL the channel is off (the default of every other test).
 */
@SpringBootTest(properties = {"sipeka.surel.tunggu-ulang=0s", "sipeka.dokumen.url-publik=https://sipeka.luwutimurkab.go.id/",
        "sipeka.whatsapp.token=token-rahasia-uji"})
class WhatsAppTest {

    private static final HttpServer GERBANG;
    private static final List<String> DITERIMA = new CopyOnWriteArrayList<>();
    private static final AtomicInteger TOLAK = new AtomicInteger();

    static {
        try {
            GERBANG = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        GERBANG.createContext("/send", tukar -> {
            String badan = new String(tukar.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean sah = tukar.getRequestMethod().equals("POST")
                    && "token-rahasia-uji".equals(tukar.getRequestHeaders().getFirst("Authorization"))
                    && tukar.getRequestHeaders().getFirst("Content-Type").startsWith("application/json")
                    && badan.startsWith("{\"target\":\"") && badan.contains("\",\"message\":\"");
            int status = !sah ? 400 : TOLAK.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            if (status == 200) {
                DITERIMA.add(badan);
            }
            byte[] jawab = (status == 200 ? "{\"status\":true}" : "{\"status\":false}").getBytes(StandardCharsets.UTF_8);
            tukar.sendResponseHeaders(status, jawab.length);
            tukar.getResponseBody().write(jawab);
            tukar.close();
        });
        GERBANG.start();
    }

    @DynamicPropertySource
    static void gerbang(DynamicPropertyRegistry r) {
        r.add("sipeka.whatsapp.url", () -> "http://127.0.0.1:" + GERBANG.getAddress().getPort() + "/send");
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

    private long kalaena;
    private long unitPem;

    @BeforeEach
    void siapkan() {
        DITERIMA.clear();
        TOLAK.set(0);
        kalaena = jdbc.queryForObject("SELECT p.kecamatan_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'kasi.pem'", Long.class);
        unitPem = jdbc.queryForObject("SELECT p.unit_kerja_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'kasi.pem'", Long.class);
        Masuk.sebagai(users, "kasi.pem");
        assertThat(langganan.whatsAppAktif()).isTrue();
        Langganan tersimpan = langganan.simpan(new Langganan("", CaraSurel.TIDAK, "0812-3456-7890", 0));
        assertThat(tersimpan.nomorWa()).isEqualTo("6281234567890");
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.sebagai(users, "kasi.pem");
        langganan.simpan(new Langganan("", CaraSurel.TIDAK, null, langganan.milikSaya().orElseThrow().version()));
        Masuk.keluar();
    }

    @AfterAll
    static void henti() {
        GERBANG.stop(0);
    }

    @Test
    void theKasiGetsTheNotificationOnWhatsAppOnceWithItsLink() {
        String judul = "Isi laporan evaluasi TW I 2026 " + UUID.randomUUID();
        kirim(judul, "evaluasi/5/laporan");
        LatarSelesai.tunggu(jdbc);

        List<String> untukKasi = dengan(judul);
        assertThat(untukKasi).hasSize(1);
        assertThat(untukKasi.getFirst()).startsWith("{\"target\":\"6281234567890\",\"message\":\"*SIPEKA* – " + judul)
                .contains("Isi laporannya.").contains("https://sipeka.luwutimurkab.go.id/evaluasi/5/laporan");

        // the event delivered again: written once, sent once
        long id = jdbc.queryForObject("SELECT MAX(id) FROM notifikasi WHERE judul = ?", Long.class, judul);
        pengirim.notifikasiDikirim(new NotifikasiDikirim(id, kalaena));
        pengirim.kirimUlang();
        assertThat(dengan(judul)).hasSize(1);
    }

    @Test
    void aGatewayThatRefusesIsTriedAgainUntilItTakesTheMessage() {
        TOLAK.set(1);
        String judul = "Pengingat batas " + UUID.randomUUID();
        kirim(judul, "tugas");
        LatarSelesai.tunggu(jdbc);
        assertThat(dengan(judul)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM surel_keluar WHERE saluran = 'WA' AND judul = ?", String.class, judul))
                .isEqualTo("GAGAL");

        pengirim.kirimUlang();
        assertThat(dengan(judul)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT status FROM surel_keluar WHERE saluran = 'WA' AND judul = ?", String.class, judul))
                .isEqualTo("TERKIRIM");
    }

    @Test
    void aNumberThatIsNotOneIsRefusedInIndonesianAndNothingChanges() {
        Masuk.sebagai(users, "kasi.pem");
        long versi = langganan.milikSaya().orElseThrow().version();
        assertThatThrownBy(() -> langganan.simpan(new Langganan("", CaraSurel.TIDAK, "12345", versi)))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Nomor WhatsApp \"12345\" tidak sah. Contoh: 0812 3456 7890 atau +62 812 3456 7890.");
        assertThat(langganan.milikSaya().orElseThrow().nomorWa()).isEqualTo("6281234567890");
        assertThat(LanggananSurelService.nomorWa("+62 812 3456 7890")).isEqualTo("6281234567890");
        Masuk.keluar();
    }

    private void kirim(String judul, String tautan) {
        SistemAuthentication.jalankan(() -> notifikasi.kirim(new Pemberitahuan(kalaena, Peran.KEPALA_UNIT, unitPem, "TUGAS",
                judul, "Isi laporannya.", tautan, "uji:" + judul)));
    }

    private static List<String> dengan(String judul) {
        return DITERIMA.stream().filter(b -> b.contains(judul)).toList();
    }
}
