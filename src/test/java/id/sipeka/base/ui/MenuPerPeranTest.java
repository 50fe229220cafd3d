package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The side menu lists exactly the views a role may open; the header says who is signed in. */
@SpringBootTest
class MenuPerPeranTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("camat")
    void theCamatSeesTheirTasksThePlansAndTheAuditLog() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja", "Evaluasi triwulan", "Anggaran Kecamatan", "LKjIP",
                "Arsip", "Agenda Naskah", "Log Audit", "Pemberitahuan E-mail");
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamSeesTheirTasksThePlansAndTheAuditLog() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja", "Evaluasi triwulan", "Anggaran Kecamatan", "LKjIP",
                "Arsip", "Agenda Naskah", "Log Audit", "Pemberitahuan E-mail");
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiSeesOnlyTheirWorkViews() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja", "Evaluasi triwulan", "Anggaran Kecamatan", "Arsip",
                "Agenda Naskah", "Pemberitahuan E-mail");
    }

    @Test
    @WithUserDetails("staf.pem")
    void aStafSeesOnlyTheirWorkViews() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Tugas Saya", "Renstra", "Renja", "Evaluasi triwulan", "Anggaran Kecamatan", "Arsip",
                "Agenda Naskah", "Pemberitahuan E-mail");
    }

    @Test
    @WithUserDetails("viewer.lutim")
    void theKabupatenViewerSeesThePlansOnly() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Renstra", "Renja", "Dasbor Kabupaten", "Evaluasi triwulan", "Anggaran Kecamatan", "Arsip",
                "Agenda Naskah");
    }

    @Test
    @WithUserDetails("admin")
    void theAdminSeesTheAdministrationViews() {
        navigate(BerandaView.class);
        assertThat(menu()).containsExactly("Beranda", "Renstra", "Renja", "Dasbor Kabupaten", "Evaluasi triwulan", "Anggaran Kecamatan",
                "Riwayat Realisasi", "LKjIP", "Arsip", "Agenda Naskah", "Kecamatan & Unit", "Pegawai & Akun", "Skala Predikat", "Hari Libur", "Sumber Dana",
                "Log Audit");
    }

    @Test
    @WithUserDetails("kasi.pem")
    void theHeaderNamesTheUserTheirJabatanUnitAndKecamatan() {
        navigate(BerandaView.class);
        Div pengguna = find(Div.class).withClassName("pengguna").single();
        assertThat(pengguna.getElement().getTextRecursively()).contains("Syamsul Bahri, S.Sos.")
                .contains("Kepala Seksi Pemerintahan Umum").contains("Seksi Pemerintahan Umum").contains("Kecamatan Kalaena");
    }

    private List<String> menu() {
        return find(SideNav.class).id("menu").getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
