package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The kabupaten's dashboard screen: its viewer reaches it from Beranda, picks the year, sees each kecamatan with its
 * quarters, capaian with predikat, rank and Renja stage in words, the chart and the XLSX link, and drills down to the
 * kecamatan's recap, whose JUMLAH line shows the same figures; a camat is not let in.
 */
@SpringBootTest
class DasborKabupatenLayarTest extends SpringBrowserlessTest {

    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;

    static KecamatanSeed003 k;
    static String viewer;

    @BeforeEach
    void siapkan() {
        if (k == null) {
            k = seed003.siapkan();
            seed003.triwulanDitandatangani(k, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));
            Masuk.sebagai(users, "admin");
            viewer = "dk" + NOMOR.incrementAndGet() + ".viewer";
            akun.buat(viewer, KecamatanSeed003.SANDI, Peran.VIEWER_KABUPATEN, null,
                    organisasi.kecamatan(k.kecamatanId()).kabupatenId());
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theViewerOpensTheDashboardFromBerandaAndDrillsDownToTheRecap() {
        Masuk.sebagai(users, viewer);
        navigate(BerandaView.class);
        Component kartu = find(Component.class).id("kartu-dasbor");
        assertThat(kartu.getElement().getTextRecursively()).contains("Evaluasi Kabupaten");
        test(find(com.vaadin.flow.component.button.Button.class).id("kartu-dasbor-lanjutkan")).click();
        assertThat(getCurrentView()).isInstanceOf(DasborKabupatenView.class);
        DasborKabupatenView view = (DasborKabupatenView) getCurrentView();
        view.tahun.setValue(2026);

        var grid = test(view.tabel);
        int baris = view.tabel.getGenericDataView().getItems().map(BarisDasbor::kecamatanId).toList().indexOf(k.kecamatanId());
        assertThat(baris).isNotNegative();
        BarisDasbor b = grid.getRow(baris);
        assertThat(b.peringkat()).isNotNull();
        assertThat(b.sampaiTriwulan()).isEqualTo(1);
        assertThat(grid.getCellText(baris, grid.getColumnPosition("peringkat"))).isEqualTo(String.valueOf(b.peringkat()));
        // words, not enum names: the Renja stage, capaian with predikat, the quarter's counts and the legend
        assertThat(grid.getCellText(baris, grid.getColumnPosition("renja-ini"))).isEqualTo("Ditetapkan");
        assertThat(grid.getCellText(baris, grid.getColumnPosition("renja-berikut"))).isEqualTo("Belum dibuka");
        assertThat(grid.getCellText(baris, grid.getColumnPosition("kinerja")))
                .isEqualTo(FormatIndonesia.persen(b.capaianKinerja()) + " (" + b.predikatKinerja() + ")");
        assertThat(grid.getCellComponent(baris, "tw1").getElement().getTextRecursively())
                .contains("Ditandatangani 2/2", "Lengkap 2/2");
        assertThat(grid.getCellComponent(baris, "tw2").getElement().getTextRecursively()).isEqualTo("–");
        String halaman = view.getElement().getTextRecursively();
        assertThat(halaman).contains("Keterangan:", "Ditandatangani/jumlah laporan");
        assertThat(view.keterangan.getText()).contains("Skala predikat");
        // the chart drawn like the recap's and the spreadsheet link
        GrafikView grafik = (GrafikView) find(GrafikView.class).id("grafik-kecamatan");
        assertThat(grafik.teksAlternatif()).contains(b.kecamatanNama());
        assertThat(find(Anchor.class).id("unduh-dasbor-xlsx").getHref()).isNotBlank();

        // drill-down: the recap of the kecamatan up to the same quarter, with the same JUMLAH figures
        RouterLink rekap = (RouterLink) grid.getCellComponent(baris, "rincian");
        assertThat(rekap.getHref()).isEqualTo("evaluasi/" + b.evaluasiIdRekap() + "/rekap");
        UI.getCurrent().navigate(rekap.getHref());
        RekapView rv = (RekapView) getCurrentView();
        BarisRekap jumlah = rv.tabel.getGenericDataView().getItems().toList().getLast();
        assertThat(jumlah.tingkat()).isNull();
        assertThat(FormatIndonesia.persen(jumlah.capaianKinerja())).isEqualTo(FormatIndonesia.persen(b.capaianKinerja()));
        assertThat(FormatIndonesia.persen(jumlah.capaianKeuangan())).isEqualTo(FormatIndonesia.persen(b.capaianKeuangan()));
        assertThat(jumlah.predikat()).isEqualTo(b.predikatKinerja());
    }

    @Test
    void aCamatCannotOpenTheDashboard() {
        Masuk.sebagai(users, k.camat());
        navigate(BerandaView.class);
        assertThat(find(Component.class).all().stream().map(c -> c.getId().orElse(""))).doesNotContain("kartu-dasbor");
        assertThatThrownBy(() -> navigate(DasborKabupatenView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
        assertThat(getCurrentView()).isInstanceOf(HalamanRuteDitolak.class);
    }
}
