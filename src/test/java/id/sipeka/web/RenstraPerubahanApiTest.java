package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.PenyiapPerubahan;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The REST import once a Renja of the period has left its draft: without {@code dasar} it is refused with the
 * Indonesian reason (400, never a 500) and nothing is stored; with it the file becomes Renstra Perubahan ke-1, which
 * the GET then returns as the version in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RenstraPerubahanApiTest {

    private static final String BERKAS = """
            {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
              {"kode": "7.01.02", "nama": "Program"},
              {"kode": "7.01.02.2.04", "nama": "Kegiatan"},
              {"kode": "7.01.02.2.04.0001", "nama": "Sub 0", "unit": "U0", "satuan": "Laporan",
               "target": {"2026": 5}, "pagu": {"2026": 1200000}}]}""";

    @LocalServerPort
    int port;
    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void aRenstraPerubahanThroughTheApiNeedsItsReasonAndIsThenTheVersionInForce() throws Exception {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(1);
        Masuk.sebagai(users, "admin");
        String kode = organisasi.kecamatan(k.kecamatanId()).kode();
        String jalur = "/api/kecamatan/" + kode + "/renstra";

        HttpResponse<String> tanpaDasar = post(jalur + "/impor", k.sekcam());
        assertThat(tanpaDasar.statusCode()).isEqualTo(400);
        assertThat(tanpaDasar.body()).contains("Impor ini disimpan sebagai Renstra Perubahan ke-1: isi dasar/alasan perubahannya.");
        assertThat(get(jalur, k.sekcam()).body()).contains("\"perubahanKe\":0").contains("\"pagu\":{\"2026\":1000000}");

        HttpResponse<String> pratinjau = post(jalur + "/impor/pratinjau", k.sekcam());
        assertThat(pratinjau.statusCode()).isEqualTo(200);
        assertThat(pratinjau.body()).contains("\"perubahanKe\":1");

        HttpResponse<String> dengan = post(jalur + "/impor?dasar="
                + URLEncoder.encode("Perbup Nomor 12 Tahun 2026", StandardCharsets.UTF_8), k.sekcam());
        assertThat(dengan.statusCode()).isEqualTo(200);
        assertThat(get(jalur, k.sekcam()).body()).contains("\"perubahanKe\":1").contains("\"berlaku\":true")
                .contains("\"dasar\":\"Perbup Nomor 12 Tahun 2026\"").contains("\"pagu\":{\"2026\":1200000}");
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BERKAS)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + KecamatanUji.SANDI).getBytes(StandardCharsets.UTF_8));
    }
}
