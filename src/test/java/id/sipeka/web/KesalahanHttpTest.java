package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors outside the Vaadin screens, over real HTTP: the REST API and the operations endpoints answer
 * {@code {"pesan", "id"}} in Indonesian, a browser gets an Indonesian page (a stale or refused download link, a bug),
 * never Spring's Whitelabel page, an exception name or a stack trace; another kecamatan's data is answered exactly
 * like data that does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class KesalahanHttpTest {

    private static final String SANDI = "sipeka-demo";
    private static final Pattern KODE = Pattern.compile("[A-Z0-9]{8}");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anotherKecamatansRenstraIsAnsweredExactlyLikeAKecamatanThatDoesNotExist() throws Exception {
        HttpResponse<String> bukanMiliknya = api("/api/kecamatan/KALAENA/renstra", "wasuponda.camat");
        HttpResponse<String> tidakAda = api("/api/kecamatan/TIDAKADA/renstra", "wasuponda.camat");

        assertThat(bukanMiliknya.statusCode()).isEqualTo(404).isEqualTo(tidakAda.statusCode());
        assertThat(pesan(bukanMiliknya)).isEqualTo(pesan(tidakAda)).contains("tidak ditemukan");
        assertThat(api("/api/kecamatan/KALAENA/renstra", "camat").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownApiAddressIsA404InJson() throws Exception {
        HttpResponse<String> r = api("/api/tidak-ada", "camat");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(pesan(r)).contains("tidak ditemukan");
    }

    @Test
    void aRefusalOverTheApiIsA403InJsonWithoutDetails() throws Exception {
        HttpResponse<String> metrik = api("/actuator/prometheus", "kasi.pem");
        assertThat(metrik.statusCode()).isEqualTo(403);
        assertThat(pesan(metrik)).contains("tidak berhak");

        HttpResponse<String> impor = http.send(HttpRequest.newBuilder(uri("/api/kecamatan/WASUPONDA/renstra/impor"))
                .header("Authorization", basic("wasuponda.kasi")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": []}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(impor.statusCode()).isEqualTo(403);
        assertThat(pesan(impor)).contains("tidak berhak");
    }

    @Test
    void withoutCredentialsTheApiAnswers401InJson() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(pesan(r)).contains("masuk");
    }

    @Test
    void anUnexpectedApiErrorIsA500InJsonWithACodeTheLogHasWithTheStackTrace(CapturedOutput log) throws Exception {
        HttpResponse<String> r = api(GagalUjiHttp.API_GAGAL, "camat");
        assertThat(r.statusCode()).isEqualTo(500);
        String pesan = pesan(r);
        String id = json.readTree(r.body()).path("id").asString();
        assertThat(pesan).contains("Terjadi kesalahan").contains(id).doesNotContain(GagalUjiHttp.PESAN);
        assertThat(log.getOut()).containsPattern("ERROR .*\\[" + id + "\\]").contains(GagalUjiHttp.PESAN)
                .contains("at id.sipeka.web.GagalUjiHttp");
    }

    @Test
    void aStaleDownloadLinkShowsTheIndonesianNotFoundPage() throws Exception {
        HttpClient browser = masuk("kasi.pem");
        HttpResponse<String> r = halaman(browser, "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/laporan.pdf");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("<html lang=\"id\"").contains("Halaman tidak ditemukan").contains("href=\"/\"");
    }

    @Test
    void aRefusalOutsideTheScreensShowsTheIndonesianNotAllowedPage() throws Exception {
        HttpResponse<String> r = halaman(masuk("kasi.pem"), GagalUjiHttp.HTML_DITOLAK);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("<html lang=\"id\"").contains("Akses ditolak").contains("href=\"/\"");
    }

    @Test
    void anUnexpectedErrorOutsideTheScreensShowsACodeTheLogHas(CapturedOutput log) throws Exception {
        HttpResponse<String> r = halaman(masuk("camat"), GagalUjiHttp.HTML_GAGAL);
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(r.body()).contains("<html lang=\"id\"").contains("Terjadi kesalahan").doesNotContain(GagalUjiHttp.PESAN);
        Matcher kode = Pattern.compile("Kode kesalahan: <strong>([A-Z0-9]{8})</strong>").matcher(r.body());
        assertThat(kode.find()).as(r.body()).isTrue();
        assertThat(log.getOut()).containsPattern("ERROR .*\\[" + kode.group(1) + "\\]").contains(GagalUjiHttp.PESAN);
    }

    /** The answer's {@code pesan}, after checking it is our JSON with an error code and nothing of the internals. */
    private String pesan(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        tanpaRincianDalam(r.body());
        JsonNode isi = json.readTree(r.body());
        assertThat(isi.propertyNames()).containsExactlyInAnyOrder("pesan", "id");
        assertThat(isi.path("id").asString()).matches(KODE);
        return isi.path("pesan").asString();
    }

    private HttpResponse<String> api(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the login form, as a browser does, and keeps the session cookie. */
    private HttpClient masuk(String user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<Void> r = FormulirMasuk.kirim(browser, uri("/login"), user, SANDI);
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> halaman(HttpClient browser, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        tanpaRincianDalam(r.body());
        return r;
    }

    private static void tanpaRincianDalam(String body) {
        assertThat(body).doesNotContain("Exception", "at id.sipeka", "Whitelabel", "trace", "timestamp", "kecamatan lain");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + SANDI).getBytes(StandardCharsets.UTF_8));
    }
}
