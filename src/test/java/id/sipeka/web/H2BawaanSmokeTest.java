package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default, as the README's run command starts it: a plain H2 file database, the demo kecamatan
 * loaded on first start through the import, and a demo user signing in through the login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-bawaan/sipeka-${random.uuid}",
        "spring.datasource.username=sa", "spring.datasource.password="})
class H2BawaanSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void theDemoLoadsOnTheEmbeddedDatabaseAndTheCamatSignsIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> masuk = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=camat&password=sipeka-demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(masuk.statusCode()).isEqualTo(302);
        assertThat(masuk.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(http.send(HttpRequest.newBuilder(uri("/renstra")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> renstra = http.send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "camat:sipeka-demo".getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(renstra.statusCode()).isEqualTo(200);
        assertThat(renstra.body()).contains("\"2025\":2627973004");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
