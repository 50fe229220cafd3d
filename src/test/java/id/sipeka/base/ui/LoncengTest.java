package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import id.sipeka.notifikasi.NotifikasiService;
import id.sipeka.notifikasi.Pemberitahuan;
import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bell in the header: the unread number, the list on a click, and opening an item goes to its screen. */
@SpringBootTest
class LoncengTest extends SpringBrowserlessTest {

    @Autowired
    NotifikasiService notifikasi;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("sekcam")
    void theSekcamSeesTheUnreadNumberOpensTheNewestAndLandsOnItsScreen() {
        long kalaena = jdbc.queryForObject("SELECT p.kecamatan_id FROM akun a JOIN pegawai p ON p.id = a.pegawai_id"
                + " WHERE a.username = 'sekcam'", Long.class);
        String judul = "Laporan menunggu verifikasi " + UUID.randomUUID();
        SistemAuthentication.jalankan(() -> notifikasi.kirim(new Pemberitahuan(kalaena, Peran.SEKCAM, null, "TUGAS", judul,
                "Periksa laporan.", "tugas", "uji:" + judul)));

        navigate(BerandaView.class);
        MainLayout layout = $(MainLayout.class).single();
        Lonceng lonceng = layout.lonceng.orElseThrow();
        long belum = notifikasi.belumDibaca();
        assertThat(belum).isPositive();
        assertThat(lonceng.angka.isVisible()).isTrue();
        assertThat(lonceng.angka.getText()).isEqualTo(belum > 99 ? "99+" : String.valueOf(belum));

        lonceng.popover.open();
        Div butir = lonceng.daftar.getChildren().map(Div.class::cast)
                .filter(d -> d.getElement().getTextRecursively().contains(judul)).findFirst().orElseThrow();
        assertThat(butir.getClassNames()).contains("belum-dibaca");
        test(butir).click();

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("InboxView");
        assertThat(notifikasi.belumDibaca()).isEqualTo(belum - 1);
        assertThat(lonceng.angka.getText()).isEqualTo(String.valueOf(belum - 1));
    }

    @Test
    @WithUserDetails("admin")
    void theAdminReceivesNoNotificationsAndHasNoBell() {
        navigate(BerandaView.class);
        MainLayout layout = $(MainLayout.class).single();
        assertThat(layout.lonceng).isEmpty();
    }
}
