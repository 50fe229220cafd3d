package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.time.LocalDate;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.StatusEvaluasi;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
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

        HttpResponse<Void> masuk = FormulirMasuk.kirim(http, uri("/login"), "camat", "sipeka-demo");
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

    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    /** The demo's year in progress is there: this year's Renja ditetapkan, past quarters signed, the last one open. */
    @Test
    void theDemoHasThisYearsRenjaDitetapkanAndItsQuartersEvaluated() {
        int tahun = LocalDate.now().getYear();
        int berakhir = (LocalDate.now().getMonthValue() - 1) / 3;
        Masuk.sebagai(users, "sekcam");
        try {
            long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
            assertThat(renja.daftar(kalaena)).anySatisfy(r -> {
                assertThat(r.tahun()).isEqualTo(tahun);
                assertThat(r.tahap()).isEqualTo(Tahap.DITETAPKAN);
                assertThat(r.penetapanArsipKode()).isNotNull();
            });
            List<EvaluasiRingkas> triwulan = evaluasi.daftar(kalaena).stream().filter(e -> e.tahun() == tahun).toList();
            assertThat(triwulan).hasSize(berakhir);
            for (EvaluasiRingkas e : triwulan) {
                if (e.triwulan() < berakhir) {
                    assertThat(e.status()).isEqualTo(StatusEvaluasi.SELESAI);
                    assertThat(e.rekapArsipKode()).isNotNull();
                } else {
                    assertThat(e.status()).isEqualTo(StatusEvaluasi.BERJALAN);
                }
            }
        } finally {
            Masuk.keluar();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
