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
import id.sipeka.evaluasi.RekapEvaluasiService;
import id.sipeka.evaluasi.StatusEvaluasi;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.Test;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embedded default, as the README's run command starts it: a plain H2 file database, the demo kecamatan
 * loaded on first start through the import, and a demo user signing in through the login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-bawaan/sipeka-${random.uuid}",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "flowable.async-executor-activate=true"})
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
    ProcessEngineConfiguration mesin;

    /**
     * The engine's job executor was paused while the demo loaded (its reminders were due already) and runs again:
     * without it no reminder, escalation or daily evaluation start would ever fire.
     */
    @Test
    void theJobExecutorRunsAgainAfterTheDemoLoadedAndNoJobFailedMeanwhile() {
        assertThat(mesin.getAsyncExecutor().isActive()).isTrue();
        ManagementService jobs = ((ProcessEngineConfigurationImpl) mesin).getManagementService();
        assertThat(jobs.createTimerJobQuery().withException().list()).isEmpty();
        assertThat(jobs.createJobQuery().withException().list()).isEmpty();
        assertThat(jobs.createDeadLetterJobQuery().list()).isEmpty();
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

    @Autowired
    RekapEvaluasiService rekap;

    /**
     * Last year is complete — Renja ditetapkan, four quarters signed, the year's evaluation stored — and next year's
     * Renja, prepared this year, shows it in BAB II (T-C.29: "tahun lalu" of a Renja N is year N−2).
     */
    @Test
    void theDemoHasLastYearCompleteAndNextYearsRenjaRollsItUpInTC29() {
        int tahun = LocalDate.now().getYear();
        Masuk.sebagai(users, "sekcam");
        try {
            long kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
            assertThat(renja.daftar(kalaena)).anySatisfy(r -> {
                assertThat(r.tahun()).isEqualTo(tahun - 1);
                assertThat(r.tahap()).isEqualTo(Tahap.DITETAPKAN);
            });
            List<EvaluasiRingkas> lalu = evaluasi.daftar(kalaena).stream().filter(e -> e.tahun() == tahun - 1).toList();
            assertThat(lalu).extracting(EvaluasiRingkas::triwulan).containsExactlyInAnyOrder(1, 2, 3, 4);
            assertThat(lalu).allSatisfy(e -> {
                assertThat(e.status()).isEqualTo(StatusEvaluasi.SELESAI);
                assertThat(e.rekapArsipKode()).isNotNull();
            });
            assertThat(lalu).filteredOn(e -> e.triwulan() == 4).singleElement()
                    .satisfies(e -> assertThat(e.tahunanArsipKode()).isNotNull());
            var tahunan = rekap.evaluasiTahunan(kalaena, tahun - 1).orElseThrow();
            assertThat(tahunan).hasSize(44);

            var berikut = renja.daftar(kalaena).stream().filter(r -> r.tahun() == tahun + 1).findFirst().orElseThrow();
            assertThat(berikut.tahap()).isEqualTo(Tahap.PENYUSUNAN);
            var tc29 = renja.evaluasiTahunLalu(berikut.id());
            assertThat(tc29).hasSize(44).allSatisfy(b -> {
                assertThat(b.k6TargetN2()).as(b.kode()).isNotNull();
                assertThat(b.k7RealisasiN2()).as(b.kode()).isNotNull();
            });
            assertThat(tc29).anySatisfy(b -> assertThat(b.k8TingkatN2()).isNotNull());
            // the realisasi is last year's: the sum of its quarters for a count, as the year's evaluation stored it
            var barisTahunan = tahunan.stream().filter(b -> b.kode().equals(tc29.getFirst().kode())).findFirst().orElseThrow();
            assertThat(tc29.getFirst().k7RealisasiN2()).isEqualByComparingTo(barisTahunan.realisasi());
        } finally {
            Masuk.keluar();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
