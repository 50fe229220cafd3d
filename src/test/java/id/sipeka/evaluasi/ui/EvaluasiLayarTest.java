package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.sipeka.Masuk;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.ui.PanelAlurProses;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.renja.RenjaQueryService;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The evaluation screens per role on a seed-003 kecamatan: the kasi types realisasi and sees capaian computed as
 * he types, a staf cannot submit, the sekcam starts quarters and sees the matrix, verifies or returns; the camat
 * has nothing to sign before verification; the recap shows the unit's averages.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluasiLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    PemeriksaanEvaluasiService pemeriksaan;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    UserDetailsService users;
    @Autowired
    BatasUnggah batas;

    static KecamatanSeed003 k;
    static long evaluasiId;

    @BeforeEach
    void siapkan() {
        if (k == null) {
            k = seed003.siapkan();
            Masuk.sebagai(users, k.sekcam());
            evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theSekcamSeesTheQuarterAndTheMatrixAndMayStartAnother() {
        Masuk.sebagai(users, k.sekcam());
        EvaluasiView view = navigate(EvaluasiView.class);
        view.tahun.setValue(2026);
        assertThat(view.mulai.isVisible()).isTrue();
        assertThat(view.daftar.getGenericDataView().getItems().map(e -> e.judul())).contains("Evaluasi TW I 2026");
        assertThat(view.matriks.getGenericDataView().getItems().map(b -> b.unitNama()))
                .contains("Seksi Pemerintahan Umum", "Seksi Pelayanan Umum");

        // the selected quarter's process: every unit fills its report now; the task's name shows the quarter
        String svg = ((PanelAlurProses) find(PanelAlurProses.class).id("alur-evaluasi")).svg();
        assertThat(kelas(svg, "isiLaporan")).isEqualTo("langkah saat-ini");
        assertThat(kelas(svg, "verifikasiSekcam")).isEqualTo("langkah");
        assertThat(svg.contains("<title>Isi laporan evaluasi TW I</title>") && !svg.contains("${"))
                .as("the task name shows the quarter, not an expression").isTrue();
    }

    @Test
    @Order(2)
    void theStafDraftsWithLiveCapaianButCannotSubmit() {
        Masuk.sebagai(users, k.staf());
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/laporan");
        LaporanView view = (LaporanView) getCurrentView();
        assertThat(view.dapatDiubah).isTrue();
        BarisLaporan forum = baris(view, KecamatanSeed003.FORUM);
        assertThat(forum.targetTw()).isEqualByComparingTo("3");
        assertThat(forum.targetRpTw()).isEqualTo(4_483_500L);

        LaporanBarisDialog dialog = new LaporanBarisDialog(evaluasi, pengisian, forum, 2026, List.of("Argomulyo"), batas.bukti().toBytes(), view::tampilkan);
        dialog.open();
        roundTrip();
        test(dialog.realisasi).setValue("3");
        test(dialog.realisasiRp).setValue("4.453.500");
        assertThat(dialog.capaian.getText()).contains("100,00%").contains("99,33%");
        test(dialog.simpan).click();

        BarisLaporan perdes = baris(view, KecamatanSeed003.PERDES);
        LaporanBarisDialog kedua = new LaporanBarisDialog(evaluasi, pengisian, perdes, 2026, List.of("Argomulyo"), batas.bukti().toBytes(),
                view::tampilkan);
        kedua.open();
        roundTrip();
        test(kedua.realisasi).setValue("tujuh");
        test(kedua.simpan).click();
        assertThat(kedua.realisasi.isInvalid()).isTrue(); // text in a number field: marked, nothing saved
        test(kedua.realisasi).setValue("7");
        test(kedua.realisasiRp).setValue("369.500");
        test(kedua.simpan).click();
        assertThat(view.tabel.ringkasan.getText()).contains("Rata-rata capaian kinerja: 100,00%").contains("46,14%");

        assertThat(view.ajukan.isVisible()).as("a staf fills, only the head submits").isFalse();
    }

    @Test
    @Order(3)
    void theKasiSubmitsAndTheCamatHasNothingToSignBeforeTheSekcamVerifies() {
        Masuk.sebagai(users, k.kasi());
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/laporan");
        LaporanView view = (LaporanView) getCurrentView();
        test(view.ajukan).click();
        assertThat(view.status.getText()).contains("diajukan");
        assertThat(view.dapatDiubah).isFalse();
        // the report's own process: it waits for the sekcam now, whatever the other unit is still filling
        String svg = ((PanelAlurProses) find(PanelAlurProses.class).id("alur-laporan")).svg();
        assertThat(kelas(svg, "verifikasiSekcam")).isEqualTo("langkah saat-ini");
        assertThat(kelas(svg, "isiLaporan")).isEqualTo("langkah");

        Masuk.sebagai(users, k.camat());
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/tandatangan");
        TandaTanganView camat = (TandaTanganView) getCurrentView();
        camat.unit.select(laporan(camat.unit.getGenericDataView().getItems().toList(), "Seksi Pemerintahan Umum"));
        assertThat(camat.aksi.getChildren().filter(com.vaadin.flow.component.button.Button.class::isInstance).count()).isZero();
    }

    @Test
    @Order(4)
    void theSekcamVerifiesAndTheCamatSignsThenTheRecapShowsTheUnit() {
        Masuk.sebagai(users, k.sekcam());
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/verifikasi");
        VerifikasiView sekcam = (VerifikasiView) getCurrentView();
        sekcam.unit.select(laporan(sekcam.unit.getGenericDataView().getItems().toList(), "Seksi Pemerintahan Umum"));
        assertThat(sekcam.tabel.isVisible()).isTrue();
        assertThat(sekcam.aksi.getChildren().filter(com.vaadin.flow.component.button.Button.class::isInstance).count()).isEqualTo(2);
        pemeriksaan.verifikasi(sekcam.terpilih.id());

        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(sekcam.terpilih.id(), "Kalaena Kiri", java.time.LocalDate.of(2026, 4, 8));
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/rekap");
        RekapView rekap = (RekapView) getCurrentView();
        var unit = rekap.perUnit.getGenericDataView().getItems().filter(u -> u.unitKerjaId() == k.pem()).findFirst().orElseThrow();
        assertThat(id.sipeka.base.FormatIndonesia.persen(unit.triwulan().get(1).capaianKeuangan())).isEqualTo("46,14%");
        assertThat(rekap.tandaTangan.isVisible()).isFalse(); // the other unit has not reported yet
        // the charts of capaian per unit and per TW carry the same figures (their alt text lists the values)
        assertThat(rekap.grafik.getChildren().map(c -> ((GrafikView) c).teksAlternatif()).toList())
                .anySatisfy(alt -> assertThat(alt).contains("Seksi Pemerintahan Umum").contains("46,14%"));
    }

    @Test
    @Order(5)
    void theRenjaShowsItsBabIITableOfEarlierYears() {
        Masuk.sebagai(users, k.sekcam());
        UI.getCurrent().navigate("renja/" + k.renjaId() + "/evaluasi-lalu");
        assertThat(getCurrentView()).isInstanceOf(id.sipeka.renja.ui.EvaluasiLaluView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<id.sipeka.renja.RenjaData.BarisEvaluasiLalu>) find(
                com.vaadin.flow.component.grid.Grid.class).id("tc29-grid");
        var forum = grid.getGenericDataView().getItems().filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        assertThat(forum.k4TargetAkhir()).isEqualByComparingTo("12");
        assertThat(forum.k7RealisasiN2()).isNull(); // no "evaluasi tahun 2024" stored for this kecamatan
    }

    /** The class of the node drawn for a BPMN element ("langkah", "langkah saat-ini", "langkah selesai"). */
    private static String kelas(String svg, String elemen) {
        Matcher m = Pattern.compile("<g class=\"([^\"]*)\" data-id=\"" + elemen + "\">").matcher(svg);
        assertThat(m.find()).as("%s is drawn", elemen).isTrue();
        return m.group(1);
    }

    private static LaporanData laporan(List<LaporanData> semua, String unit) {
        return semua.stream().filter(l -> l.unitNama().equals(unit)).findFirst().orElseThrow();
    }

    private static BarisLaporan baris(LaporanView view, String kode) {
        return view.tabel.grid.getGenericDataView().getItems().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }
}
