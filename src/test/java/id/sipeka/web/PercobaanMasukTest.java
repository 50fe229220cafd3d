package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.KonteksSendiri;
import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Over real HTTP, signing in under fire: parallel wrong passwords never end in a server error, the login form
 * needs its CSRF token, and every answer carries the security headers and a SameSite session cookie.
 */
@KonteksSendiri // its forty wrong passwords hold back the client address 127.0.0.1 for as long as its context lives:
                // a context of its own, so no test that signs in from that address afterwards depends on running before it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PercobaanMasukTest {

    private static final String SANDI = "sandi-yang-benar";

    @LocalServerPort
    int port;
    @Autowired
    AkunService akunService;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void twentyParallelWrongPasswordsForOneAccountNeverEndInAServerError() throws Exception {
        String username = akunBaru("uji.serbu");
        List<Callable<Integer>> percobaan = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String salah = "salah-" + i;
            percobaan.add(() -> {
                HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                HttpResponse<Void> r = FormulirMasuk.kirim(browser, uri("/login"), username, salah);
                return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/login?error")
                        ? 302 : r.statusCode();
            });
            percobaan.add(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/kecamatan/KALAENA/renstra"))
                    .header("Authorization", basic(username, salah)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }

        List<Integer> status = new ArrayList<>();
        try (ExecutorService serbu = Executors.newFixedThreadPool(20)) {
            for (Future<Integer> f : serbu.invokeAll(percobaan)) {
                status.add(f.get());
            }
        }

        assertThat(status).hasSize(40).containsOnly(302, 401);
        assertThat(status.stream().filter(s -> s == 302)).hasSize(20);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenDoesNotSignIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<Void> tanpaToken = FormulirMasuk.kirimTanpaToken(browser, uri("/login"), "camat", "sipeka-demo", "");

        assertThat(tanpaToken.headers().firstValue("Location").orElse("")).doesNotEndWith(port + "/");
        assertThat(browser.send(HttpRequest.newBuilder(uri("/renstra")).build(), HttpResponse.BodyHandlers.discarding())
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<Void> denganToken = FormulirMasuk.kirim(browser, uri("/login"), "camat", "sipeka-demo");
        assertThat(denganToken.statusCode()).isEqualTo(302);
        assertThat(denganToken.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String alamat : List.of("/login", "/verifikasi/TIDAKADA", "/api/kecamatan/KALAENA/renstra",
                "/actuator/health", "/tidak-ada-halaman-ini", "/styles.css", "/error")) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri(alamat)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(alamat)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'self'",
                            "object-src 'none'"));
            assertThat(r.headers().allValues("X-Content-Type-Options")).as(alamat).containsExactly("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(alamat).hasValue("strict-origin-when-cross-origin");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(alamat).isPresent();
            // served over plain HTTP here: HSTS only over HTTPS (HeaderKeamananTest)
            assertThat(r.headers().firstValue("Strict-Transport-Security")).as(alamat).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(r.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    private String akunBaru(String awalan) {
        Masuk.sebagai(users, "admin");
        long kecamatan = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        AkunData akun = akunService.buat(awalan + "." + System.nanoTime(), SANDI, Peran.STAF,
                organisasi.pegawai(kecamatan).getFirst().id(), null);
        Masuk.keluar();
        return akun.username();
    }

    private static String basic(String user, String sandi) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + sandi).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
