package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.io.IOException;
import java.net.URI;
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

/** Over real HTTP: REST scoping by kecamatan and role, account lock-out, and the protected operations endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RestDanOperasiTest {

    private static final String SANDI = "sipeka-demo";

    @LocalServerPort
    int port;
    @Autowired
    AkunService akunService;
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
    void aUserOfAnotherKecamatanCannotReadKalaenaThroughTheApi() throws Exception {
        // answered exactly like a kecamatan that does not exist (KesalahanHttpTest compares the bodies)
        assertThat(get("/api/kecamatan/KALAENA/renstra", "wasuponda.camat", SANDI).statusCode()).isEqualTo(404);
        assertThat(get("/api/kecamatan/WASUPONDA/renstra", "wasuponda.camat", SANDI).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiReturnsTheRenstraWithComputedTotals() throws Exception {
        HttpResponse<String> r = get("/api/kecamatan/KALAENA/renstra", "kasi.pem", SANDI);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"totalPagu\":{\"2025\":2627973004").contains("\"kode\":\"7.01.06.2.01.0018\"");
    }

    @Test
    void onlyTheSekcamOrAdminMayImportAndABadFileIsAnsweredRowByRow() throws Exception {
        String buruk = """
                {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
                  {"kode": "7.01.02", "nama": "Program", "target": {"2025": 100}},
                  {"kode": "7.01.02.2.04", "nama": "Kegiatan"},
                  {"kode": "7.01.02.2.04.0001", "nama": "Sub", "unit": "SEKSI-PEL", "pagu": {"2025": "seratus"}}]}""";
        assertThat(post("/api/kecamatan/WASUPONDA/renstra/impor", "wasuponda.kasi", buruk).statusCode()).isEqualTo(403);
        assertThat(post("/api/kecamatan/KALAENA/renstra/impor", "wasuponda.sekcam", buruk).statusCode()).isEqualTo(404);

        HttpResponse<String> r = post("/api/kecamatan/WASUPONDA/renstra/impor", "wasuponda.sekcam", buruk);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"baris\":3").contains("\"kolom\":\"pagu.2025\"").contains("bukan angka");
        assertThat(get("/api/kecamatan/WASUPONDA/renstra", "wasuponda.sekcam", SANDI).body()).contains("7.01.02.2.04.0002");
    }

    @Test
    void aHugePaguTargetOrNameThroughTheApiIsRefusedNamingRowAndFieldNeverAServerError() throws Exception {
        String besar = """
                {"tahunAwal": 2025, "tahunAkhir": 2029, "nomenklatur": [
                  {"kode": "7.01.02", "nama": "Program"},
                  {"kode": "7.01.02.2.04", "nama": "Kegiatan"},
                  {"kode": "7.01.02.2.04.0001", "nama": "Sub", "unit": "SEKSI-PEL",
                   "pagu": {"2025": 9223372036854775807, "2026": 1e30}, "target": {"2027": 1e308, "2028": 1e400}},
                  {"kode": "7.01.02.2.04.0002", "nama": "%s", "unit": "SEKSI-PEL"}]}""".formatted("N".repeat(100_000));

        HttpResponse<String> r = post("/api/kecamatan/WASUPONDA/renstra/impor", "wasuponda.sekcam", besar);

        // an import file's problems are answered together, row by row (422, as documented in the README)
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).contains("\"pesan\":\"Impor ditolak: 5 masalah ditemukan. Tidak ada data yang disimpan.\"")
                .contains("{\"lembar\":\"Nomenklatur\",\"baris\":3,\"kolom\":\"pagu.2025\","
                        + "\"alasan\":\"Pagu 2025 terlalu besar: paling banyak Rp 999.999.999.999.999.\"}")
                .contains("\"kolom\":\"pagu.2026\",\"alasan\":\"Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999.\"")
                .contains("\"kolom\":\"target.2027\",\"alasan\":\"Target 2027 terlalu besar: paling banyak 999.999.999.999.999,9999.\"")
                .contains("\"kolom\":\"target.2028\",\"alasan\":\"Target 2028 terlalu besar: paling banyak 999.999.999.999.999,9999.\"")
                .contains("\"baris\":4,\"kolom\":\"nama\",\"alasan\":\"Nama terlalu panjang: 100.000 karakter, paling banyak 500.\"");
        assertThat(get("/api/kecamatan/WASUPONDA/renstra", "wasuponda.sekcam", SANDI).body()).doesNotContain("\"nama\":\"Sub\"");
    }

    @Test
    void withoutCredentialsTheApiAnswersUnauthorized() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void anAccountLocksAfterFiveWrongPasswordsAndTheAdminCanUnlockIt() throws Exception {
        Masuk.sebagai(users, "admin");
        PegawaiData pegawai = organisasi.pegawai(organisasi.kecamatanDenganKode("WASUPONDA").orElseThrow().id()).getFirst();
        AkunData akun = akunService.buat("uji.kunci", "sandi-yang-benar", Peran.STAF, pegawai.id(), null);

        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/kecamatan/WASUPONDA/renstra", "uji.kunci", "salah-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/kecamatan/WASUPONDA/renstra", "uji.kunci", "sandi-yang-benar").statusCode()).isEqualTo(401);

        AkunData terkunci = akunService.semua().stream().filter(a -> a.id().equals(akun.id())).findFirst().orElseThrow();
        assertThat(terkunci.terkunci()).isTrue();
        akunService.ubah(new AkunData(terkunci.id(), terkunci.username(), terkunci.peran(), terkunci.pegawaiId(), null,
                true, false, terkunci.version()));
        assertThat(get("/api/kecamatan/WASUPONDA/renstra", "uji.kunci", "sandi-yang-benar").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIsPublicButMetricsAndInfoAreForTheAdminOnly() throws Exception {
        HttpResponse<String> sehat = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sehat.statusCode()).isEqualTo(200);
        assertThat(sehat.body()).contains("\"status\":\"UP\"");
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "kasi.pem", SANDI).statusCode()).isEqualTo(403);
        HttpResponse<String> metrik = get("/actuator/prometheus", "admin", SANDI);
        assertThat(metrik.statusCode()).isEqualTo(200);
        assertThat(metrik.body()).contains("jvm_memory_used_bytes");
        assertThat(get("/actuator/info", "admin", SANDI).body()).contains("SIPEKA");
    }

    @Test
    void processVersionsAreListedAndMovedByTheAdminOnly() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(uri("/actuator/proses")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);
        assertThat(get("/actuator/proses", "kasi.pem", SANDI).statusCode()).isEqualTo(403);
        assertThat(post("/actuator/proses", "kasi.pem", "{\"kunci\":\"renja\",\"dariVersi\":1}").statusCode()).isEqualTo(403);
        HttpResponse<String> versi = get("/actuator/proses", "admin", SANDI);
        assertThat(versi.statusCode()).isEqualTo(200);
        assertThat(versi.body()).contains("\"kunci\":\"renja\"", "\"kunci\":\"evaluasiTriwulan\"", "\"versiTerbaru\":");
    }

    @Test
    void theLoginPageIsServedToAnonymousUsers() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<html lang=\"id\"");
    }

    private HttpResponse<String> get(String path, String user, String sandi) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, sandi)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, SANDI))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String sandi) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + sandi).getBytes(StandardCharsets.UTF_8));
    }
}
