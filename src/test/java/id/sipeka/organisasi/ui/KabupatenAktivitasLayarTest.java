package id.sipeka.organisasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin switches Aktivitas (issue 13) on for a kabupaten on the kabupaten/kecamatan screen. */
@SpringBootTest
class KabupatenAktivitasLayarTest extends SpringBrowserlessTest {

    @Autowired
    OrganisasiService organisasi;

    @Test
    @WithUserDetails("admin")
    void theAdminSwitchesAktivitasOnForAKabupaten() {
        String kode = "AKL" + System.nanoTime() % 100000;
        KabupatenData kab = organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten " + kode, 0));
        KecamatanView view = navigate(KecamatanView.class);
        int baris = 0;
        while (!test(view.kabupatenGrid).getRow(baris).kode().equals(kode)) {
            baris++;
        }
        assertThat(test(view.kabupatenGrid).getCellText(baris, 2)).isEqualTo("Tidak");

        test(view.kabupatenGrid).doubleClickRow(baris);
        FormDialog dialog = find(FormDialog.class).single();
        assertThat(view.pakaiAktivitas.getValue()).isFalse();
        test(view.pakaiAktivitas).click();
        test(dialog.simpan).click();

        assertThat(organisasi.semuaKabupaten().stream().filter(k -> k.id().equals(kab.id())).findFirst().orElseThrow()
                .pakaiAktivitas()).isTrue();
        assertThat(test(view.kabupatenGrid).getCellText(baris, 2)).isEqualTo("Ya");
        // the demo kabupaten stays without
        assertThat(organisasi.semuaKabupaten().stream().filter(k -> k.nama().equals("Luwu Timur")).findFirst().orElseThrow()
                .pakaiAktivitas()).isFalse();
    }
}
