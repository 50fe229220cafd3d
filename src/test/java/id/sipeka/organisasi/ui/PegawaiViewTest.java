package id.sipeka.organisasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.organisasi.OrganisasiData.AkunData;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admin screen for pegawai, accounts and Plt./Plh. */
@SpringBootTest
class PegawaiViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("admin")
    void listsThePegawaiAccountsAndActingAssignmentsOfTheKecamatan() {
        PegawaiView view = navigate(PegawaiView.class);
        view.kecamatan.setValue(view.kecamatan.getListDataView().getItems().filter(k -> k.nama().equals("Kalaena")).findFirst().orElseThrow());

        assertThat(view.pegawaiGrid.getGenericDataView().getItems().map(PegawaiData::nama)).contains("H. Marsuki, S.Pd., M.M.");
        assertThat(view.akunGrid.getGenericDataView().getItems().map(AkunData::username)).contains("camat", "sekcam", "kasi.pem", "staf.pem");
        assertThat(view.penugasanGrid.getGenericDataView().getItems().count()).isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void anInvalidNipIsExplainedAndTheFormStaysOpen() {
        PegawaiView view = navigate(PegawaiView.class);
        view.kecamatan.setValue(view.kecamatan.getListDataView().getItems().filter(k -> k.nama().equals("Wasuponda")).findFirst().orElseThrow());
        long sebelum = view.pegawaiGrid.getGenericDataView().getItems().count();

        test(view.tambahPegawai).click();
        FormDialog dialog = find(FormDialog.class).single();
        test(find(TextField.class, dialog).withLabel("Nama").single()).setValue("Andi Baso");
        test(find(TextField.class, dialog).withLabel("NIP").single()).setValue("19901313 201503 1 001");
        test(find(TextField.class, dialog).withLabel("Jabatan").single()).setValue("Pengadministrasi Umum");
        test(dialog.simpan).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(test(find(Notification.class).last()).getText()).contains("tanggal lahir");
        assertThat(view.pegawaiGrid.getGenericDataView().getItems().count()).isEqualTo(sebelum);

        test(find(TextField.class, dialog).withLabel("NIP").single()).setValue("19901013 201503 1 001");
        test(dialog.simpan).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.pegawaiGrid.getGenericDataView().getItems().map(PegawaiData::nip)).contains("199010132015031001");
    }
}
