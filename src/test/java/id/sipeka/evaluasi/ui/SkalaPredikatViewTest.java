package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.evaluasi.SkalaPredikat;
import id.sipeka.evaluasi.SkalaPredikatService;
import id.sipeka.evaluasi.ui.SkalaPredikatView.BarisRentang;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Admin screen for a kabupaten's predikat scale. Each test creates a kabupaten of its own, so the demo kabupaten
 * keeps the default scale for the other tests of the run.
 */
@SpringBootTest
class SkalaPredikatViewTest extends SpringBrowserlessTest {

    private static final int LABEL = 0;
    private static final int DARI = 1;

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    SkalaPredikatService skalaService;

    @Test
    @WithUserDetails("admin")
    void theAdminLoadsTheSeedsPresetAndSavesItForTheKabupaten() {
        KabupatenData kab = kabupatenBaru();
        SkalaPredikatView view = buka(kab);

        assertThat(view.status.getText()).contains("belum mengatur").contains("Permendagri 86/2017");
        assertThat(view.baris).extracting(b -> b.label.getValue())
                .containsExactly("Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi");
        assertThat(view.baris.getFirst().dari.getValue()).isEmpty();
        assertThat(view.baris.getFirst().sampai.getValue()).isEqualTo("51");

        test(tombolPreset(view, SkalaPredikat.PRESET_LAPORAN)).click();
        assertThat(view.baris).extracting(b -> b.label.getValue()).containsExactly("Kurang Baik", "Sedang", "Baik", "Sangat Baik");
        test(view.simpan).click();

        assertThat(notifikasiTerakhir()).isEqualTo("Skala predikat tersimpan.");
        assertThat(skalaService.skala(kab.id())).isEqualTo(SkalaPredikat.PRESET_LAPORAN);
        assertThat(view.status.getText()).contains("Skala tersimpan").contains("Sangat Baik ≥ 86");
    }

    @Test
    @WithUserDetails("admin")
    void aScaleWithAGapIsRefusedInIndonesianAndTheRowsStayAsTyped() {
        KabupatenData kab = kabupatenBaru();
        SkalaPredikatView view = buka(kab);
        test(tombolPreset(view, SkalaPredikat.PRESET_LAPORAN)).click();

        BarisRentang baik = baris(view, "Baik");
        test(sel(view, baik, DARI)).setValue("71,5");
        test(view.simpan).click();

        assertThat(notifikasiTerakhir()).startsWith("Ada celah antara \"Sedang\" (sampai < 70) dan \"Baik\" (mulai 71,5)");
        assertThat(baris(view, "Baik").dari.getValue()).isEqualTo("71,5");
        assertThat(view.baris).hasSize(4);
        assertThat(skalaService.pengaturan(kab.id()).bawaan()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void aNumberThatIsNotANumberIsMarkedAndNothingIsSaved() {
        KabupatenData kab = kabupatenBaru();
        SkalaPredikatView view = buka(kab);

        test(view.tambah).click();
        assertThat(view.baris).hasSize(6);
        BarisRentang baru = view.baris.getLast();
        test(sel(view, baru, LABEL)).setValue("Istimewa");
        test(sel(view, baru, DARI)).setValue("sembilan puluh");
        test(view.simpan).click();

        assertThat(baru.dari.isInvalid()).isTrue();
        assertThat(notifikasiTerakhir()).isEqualTo("Periksa batas yang ditandai merah. Skala belum disimpan.");
        assertThat(skalaService.pengaturan(kab.id()).bawaan()).isTrue();

        test((Button) test(view.grid).getCellComponent(view.baris.indexOf(baru), 3)).click();
        assertThat(view.baris).hasSize(5);
    }

    @Test
    @WithUserDetails("admin")
    void aSaveAfterSomeoneElseSavedIsRefusedAndTheirScaleIsKept() {
        KabupatenData kab = kabupatenBaru();
        SkalaPredikatView view = buka(kab);
        skalaService.simpan(kab.id(), SkalaPredikat.PRESET_LAPORAN, SkalaPredikatService.BELUM_DISIMPAN);

        test(sel(view, baris(view, "Sedang"), LABEL)).setValue("Cukup");
        test(view.simpan).click();

        assertThat(notifikasiTerakhir()).startsWith("Data ini baru saja diubah oleh pengguna lain");
        assertThat(skalaService.skala(kab.id())).isEqualTo(SkalaPredikat.PRESET_LAPORAN);
        assertThat(baris(view, "Cukup")).isNotNull();

        test(view.muatUlang).click();
        assertThat(view.baris).extracting(b -> b.label.getValue()).containsExactly("Kurang Baik", "Sedang", "Baik", "Sangat Baik");
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamCannotOpenTheScaleScreen() {
        navigate(BerandaView.class);
        // the router does not open it: it shows the Indonesian "not allowed" page instead
        assertThatThrownBy(() -> navigate(SkalaPredikatView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
        assertThat(getCurrentView()).isInstanceOf(HalamanRuteDitolak.class);
    }

    private SkalaPredikatView buka(KabupatenData kab) {
        SkalaPredikatView view = navigate(SkalaPredikatView.class);
        test(view.kabupaten).selectItem(kab.nama());
        assertThat(view.kabupaten.getValue().id()).isEqualTo(kab.id());
        return view;
    }

    private KabupatenData kabupatenBaru() {
        String kode = "UJI-SPV-" + (System.nanoTime() % 1_000_000);
        return organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten Uji Layar " + kode, 0));
    }

    private Button tombolPreset(SkalaPredikatView view, SkalaPredikat preset) {
        return view.muatPreset.stream().filter(b -> b.getText().equals("Muat: " + preset.nama())).findFirst().orElseThrow();
    }

    /** The field of a row as the grid renders it (rendering attaches it, as in a browser). */
    private TextField sel(SkalaPredikatView view, BarisRentang b, int kolom) {
        return (TextField) test(view.grid).getCellComponent(view.baris.indexOf(b), kolom);
    }

    private static BarisRentang baris(SkalaPredikatView view, String label) {
        return view.baris.stream().filter(b -> b.label.getValue().equals(label)).findFirst().orElseThrow();
    }

    private String notifikasiTerakhir() {
        return test(find(Notification.class).last()).getText();
    }
}
