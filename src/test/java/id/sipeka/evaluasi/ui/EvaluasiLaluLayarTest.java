package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.renja.Batas;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.ui.EvaluasiLaluView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Once a year's TW IV recap is signed, the BAB II screen (T-C.29) of the Renja two years later rolls that year up:
 * target, realisasi and tingkat realisasi of "tahun lalu" on screen, as the demo's next-year Renja shows them.
 */
@SpringBootTest
class EvaluasiLaluLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    PemeriksaanEvaluasiService pemeriksaan;
    @Autowired
    id.sipeka.renja.PembukaanRenjaService pembukaanRenja;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theRenjaTwoYearsLaterShowsTheYearsRealisasiInItsBabIITable() {
        KecamatanSeed003 k = seed003.siapkan();
        long evaluasiId = seed003.triwulanDitandatangani(k, 4, 6_000_000L, 5_000_000L, 250_000L, LocalDate.of(2027, 1, 8))
                .evaluasiId();
        pemeriksaan.tandaTanganiRekap(evaluasiId, "Kalaena Kiri", LocalDate.of(2027, 1, 10));
        Masuk.sebagai(users, k.sekcam());
        LocalDate h = LocalDate.now();
        long renja2028 = pembukaanRenja.buka(k.kecamatanId(), 2028, new Batas(h.plusDays(10), h.plusDays(15),
                h.plusDays(25), h.plusDays(30))).id();

        UI.getCurrent().navigate("renja/" + renja2028 + "/evaluasi-lalu");
        assertThat(getCurrentView()).isInstanceOf(EvaluasiLaluView.class);
        @SuppressWarnings("unchecked")
        Grid<BarisEvaluasiLalu> grid = find(Grid.class).withId("tc29-grid").single();
        List<BarisEvaluasiLalu> baris = grid.getGenericDataView().getItems().toList();
        int i = baris.indexOf(baris.stream().filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow());
        var tabel = test(grid);
        // (6) target 2026, (7) its realisasi as the sum of the quarters, (8) tingkat realisasi
        assertThat(List.of(tabel.getCellText(i, 5), tabel.getCellText(i, 6), tabel.getCellText(i, 7)))
                .containsExactly("12", "3", "25,00%");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Tahun lalu (n−2) = 2026");
    }
}
