package id.sipeka.organisasi.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admin screen for kecamatan, desa and unit kerja. */
@SpringBootTest
class KecamatanViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void theAdminSeesEveryKecamatanWithItsDesaAndUnits() {
        KecamatanView view = navigate(KecamatanView.class);

        assertThat(view.kecamatanGrid.getGenericDataView().getItems().map(KecamatanData::nama)).contains("Kalaena", "Wasuponda");
        view.kecamatanGrid.select(view.kecamatanGrid.getGenericDataView().getItems()
                .filter(k -> k.nama().equals("Kalaena")).findFirst().orElseThrow());
        assertThat(view.desaGrid.getGenericDataView().getItems().map(DesaData::nama)).hasSize(7).contains("Kalaena Kiri");
        assertThat(view.unitGrid.getGenericDataView().getItems().map(UnitData::kode)).hasSize(8).contains("SEKSI-PEM");
    }

    @Test
    @WithUserDetails("admin")
    void theAdminAddsADesaAndADuplicateNameIsRefusedWithTheDialogKept() {
        KecamatanView view = navigate(KecamatanView.class);
        view.kecamatanGrid.select(view.kecamatanGrid.getGenericDataView().getItems()
                .filter(k -> k.nama().equals("Wasuponda")).findFirst().orElseThrow());

        test(view.tambahDesa).click();
        FormDialog dialog = find(FormDialog.class).single();
        test(find(TextField.class, dialog).withLabel("Nama").single()).setValue("Tabarano");
        test(dialog.simpan).click();
        assertThat(view.desaGrid.getGenericDataView().getItems().map(DesaData::nama)).contains("Tabarano");

        test(view.tambahDesa).click();
        FormDialog lagi = find(FormDialog.class).last();
        test(find(TextField.class, lagi).withLabel("Nama").single()).setValue("Tabarano");
        test(lagi.simpan).click();
        assertThat(lagi.isOpened()).isTrue();
        assertThat(view.desaGrid.getGenericDataView().getItems().filter(d -> d.nama().equals("Tabarano"))).hasSize(1);
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamCannotOpenTheAdminScreen() {
        navigate(BerandaView.class);
        // the router does not open it: it shows the Indonesian "not allowed" page instead
        assertThatThrownBy(() -> navigate(KecamatanView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
        assertThat(getCurrentView()).isInstanceOf(HalamanRuteDitolak.class);
    }
}
