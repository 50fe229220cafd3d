package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.BasisDataUji;
import id.sipeka.KonteksSendiri;
import id.sipeka.ProksiTcp;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running SIPEKA (its connections cut and new ones refused, through a TCP proxy):
 * the health check says DOWN within 2 s, a sign-in says the database is unavailable instead of "wrong password",
 * the REST API answers 503 with that message instead of 401; when the database is back, everything works again.
 */
@KonteksSendiri
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BasisDataPadamTest {

    private static final Pattern CSRF = Pattern.compile("<meta\\s+name=\"_csrf\"\\s+content=\"([^\"]*)\"");
    private static ProksiTcp proksi;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void lewatProksi(DynamicPropertyRegistry properti) throws Exception {
        proksi = new ProksiTcp(Integer.parseInt(System.getenv().getOrDefault("SIPEKA_TEST_DB_PORT", "3306")));
        properti.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + proksi.port() + "/"
                + BasisDataUji.namaBasisData() + "?nullDatabaseMeansCurrent=true&connectTimeout=1000");
    }

    @AfterAll
    static void tutup() {
        proksi.close();
    }

    @Test
    void withTheDatabaseDownSignInAndApiSayUnavailableAndHealthAnswersQuickly() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(kesehatan(http).statusCode()).isEqualTo(200);
        String token = csrf(http);

        proksi.putus();
        try {
            // a health check that waits for the pool would not answer within the 2 s
            HttpResponse<String> sehat = kesehatan(http);
            assertThat(sehat.statusCode()).isEqualTo(503);
            assertThat(sehat.body()).contains("\"status\":\"DOWN\"");

            HttpResponse<Void> masuk = masuk(http, token);
            assertThat(masuk.statusCode()).isEqualTo(302);
            assertThat(masuk.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?basisdata"));

            HttpResponse<String> api = api(http);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("Basis data sedang tidak tersedia, coba lagi.").doesNotContain("Exception");
        } finally {
            proksi.sambung();
        }

        // the pool finds its way back by itself; a check still waiting on the cut connection answers DOWN meanwhile
        long batas = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (kesehatan(http).statusCode() != 200 && System.nanoTime() < batas) {
            Thread.sleep(200);
        }
        assertThat(kesehatan(http).statusCode()).isEqualTo(200);
        assertThat(api(http).statusCode()).isEqualTo(200);
        HttpResponse<Void> masuk = masuk(http, csrf(http));
        assertThat(masuk.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    private HttpResponse<String> kesehatan(HttpClient http) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(HttpClient http) throws Exception {
        String basic = Base64.getEncoder().encodeToString("camat:sipeka-demo".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra")).header("Authorization", "Basic " + basic)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(HttpClient http) throws Exception {
        Matcher m = CSRF.matcher(http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(m.find()).as("token CSRF di halaman login").isTrue();
        return m.group(1);
    }

    private HttpResponse<Void> masuk(HttpClient http, String token) throws Exception {
        String form = "username=camat&password=sipeka-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
