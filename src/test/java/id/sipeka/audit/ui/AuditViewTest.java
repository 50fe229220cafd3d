package id.sipeka.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit log screen: the sekcam sees their own kecamatan's entries only; a kasi cannot open it. */
@SpringBootTest
class AuditViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("wasuponda.sekcam")
    void theSekcamSeesOnlyTheirKecamatansEntries() {
        AuditView view = navigate(AuditView.class);
        var entri = view.grid.getGenericDataView().getItems().toList();
        assertThat(entri).isNotEmpty();
        assertThat(entri).extracting(AuditEntri::kecamatanId).containsOnly(entri.getFirst().kecamatanId());
        assertThat(entri).anyMatch(e -> e.aksi().equals("IMPOR") && e.jenisData().equals("Renstra"));
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiCannotOpenTheAuditLog() {
        navigate(BerandaView.class);
        // the router does not open it: it shows the Indonesian "not allowed" page instead
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
        assertThat(getCurrentView()).isInstanceOf(HalamanRuteDitolak.class);
    }
}
