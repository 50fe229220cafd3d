package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 50 MB JSON body to the REST import (finding 5): refused with 413 and an Indonesian message, declared or chunked,
 * never read whole and never a 500; the Renstra stays as it was and the server stays healthy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadanApiBesarTest {

    private static final long MB = 1024 * 1024;
    private static final String PESAN = "Permintaan ditolak karena isinya lebih besar dari 2 MB.";

    @LocalServerPort
    int port;

    @Test
    void aFiftyMegabyteJsonBodyIsRefusedWith413AndAMessage() throws Exception {
        String sebelum = renstra();
        Map<String, String> header = Map.of("Authorization", basic("sekcam"), "Content-Type", "application/json");

        // a JSON document whose one string goes on for 50 MB: it stays valid JSON while it is read
        String awal = "{\"tahunAwal\": 2025, \"nomenklatur\": [{\"nama\": \"";
        KirimanMentah.Hasil dinyatakan = KirimanMentah.kirim(port, "/api/kecamatan/KALAENA/renstra/impor", header,
                50 * MB, 50 * MB, awal);
        KirimanMentah.Hasil bersambung = KirimanMentah.kirim(port, "/api/kecamatan/KALAENA/renstra/impor", header,
                50 * MB, -1, awal);

        assertThat(dinyatakan.status()).startsWith("HTTP/1.1 413");
        assertThat(dinyatakan.jawaban()).contains("{\"pesan\":\"" + PESAN + "\"}");
        assertThat(bersambung.status()).startsWith("HTTP/1.1 413");
        assertThat(bersambung.jawaban()).contains(PESAN);
        assertThat(renstra()).isEqualTo(sebelum);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("\"status\":\"UP\"");
    }

    private String renstra() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra"))
                .header("Authorization", basic("sekcam")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":sipeka-demo").getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
