package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.BerkasLra;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.PratinjauLra.Status;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The sekcam imports the finance office's LRA from the quarter's screen: the upload is there for the sekcam only, the
 * preview lists each line with its unit and what happens to it, and "Isi laporan unit" fills the unit's report.
 */
@SpringBootTest
class ImporLraLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamPreviewsAnLraAndFillsTheUnitsReportsFromTheQuarterScreen() throws IOException {
        KecamatanSeed003 k = seed003.siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        EvaluasiView view = navigate(EvaluasiView.class);
        view.tahun.setValue(2026);
        EvaluasiRingkas tw1 = view.daftar.getSelectedItems().iterator().next();
        assertThat(tw1.id()).isEqualTo(evaluasiId);
        assertThat($(Upload.class).id("impor-lra").isVisible()).isTrue();

        view.pratinjauLra(tw1, BerkasLra.tulis("Realisasi Triwulan I", Map.of(KecamatanSeed003.FORUM, 4_453_500L,
                KecamatanSeed003.LAIN, 2_000_000L), Map.of()));
        PratinjauLraDialog dialog = $(PratinjauLraDialog.class).single();
        assertThat(dialog.semuaBaris()).extracting(b -> b.kode() + " " + b.status()).containsExactlyInAnyOrder(
                KecamatanSeed003.FORUM + " " + Status.DIISI, KecamatanSeed003.LAIN + " " + Status.DIISI);
        assertThat(test(dialog.baris).getCellText(0, 3)).isNotBlank(); // the unit of the line
        test(dialog.terapkan).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(
                "2 baris realisasi diisi pada laporan 2 unit. Setiap unit memeriksa lalu mengajukan laporannya sendiri.");
        assertThat(jdbc.queryForObject("""
                SELECT b.realisasi_rp FROM laporan_baris b JOIN laporan_evaluasi l ON l.id = b.laporan_id
                 WHERE l.evaluasi_id = ? AND b.kode = ?""", Long.class, evaluasiId, KecamatanSeed003.FORUM)).isEqualTo(4_453_500L);
    }

    @Test
    void theKabupatensViewerReadsTheQuarterWithoutTheImport() {
        KecamatanSeed003 k = seed003.siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        Masuk.sebagai(users, "viewer.lutim");
        EvaluasiView view = navigate(EvaluasiView.class);
        view.kecamatan.setValue(view.kecamatan.getListDataView().getItems().filter(x -> x.id() == k.kecamatanId())
                .findFirst().orElseThrow());
        view.tahun.setValue(2026);
        assertThat(view.daftar.getSelectedItems()).extracting(EvaluasiRingkas::id).containsExactly(evaluasiId);
        assertThat($(Upload.class).all()).noneMatch(u -> "impor-lra".equals(u.getId().orElse(null)));
    }

    @Test
    void aUnitHeadSeesNoLraImport() {
        KecamatanSeed003 k = seed003.siapkan();
        Masuk.sebagai(users, k.sekcam());
        pembukaan.mulai(k.kecamatanId(), 2026, 1);
        Masuk.sebagai(users, k.kasi());
        EvaluasiView view = navigate(EvaluasiView.class);
        view.tahun.setValue(2026);
        assertThat($(Upload.class).all()).noneMatch(u -> "impor-lra".equals(u.getId().orElse(null)));
    }
}
