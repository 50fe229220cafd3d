package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.renja.Batas;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Renja screen offers the SIPD download to whoever reads the Renja and the SIPD import to the sekcam while the
 * Renja is still being drafted; a broken file shows its problems.
 */
@SpringBootTest
class SipdRenjaLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 penyiap;
    @Autowired
    LayananRenja renja;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamDownloadsAndImportsTheDraftWhileAKasiOnlyDownloads() {
        KecamatanSeed003 k = penyiap.siapkanTanpaRencanaAksi();
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        long draf = renja.pembukaan().buka(k.kecamatanId(), 2027,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();

        RenjaView view = navigate(RenjaView.class);
        pilih(view, draf);
        assertThat(find(Anchor.class).withId("unduh-renja-sipd").single().getText()).isEqualTo("Unduh format SIPD");
        assertThat(find(Upload.class).withId("impor-renja-sipd").exists()).isTrue();

        SipdRenja sipd = find(SipdRenja.class).single();
        sipd.impor("bukan excel".getBytes());
        assertThat(sipd.laporan.isOpened()).isTrue();
        assertThat(sipd.laporan.getHeaderTitle()).contains("Tidak ada data yang disimpan");

        pilih(view, k.renjaId()); // ditetapkan: download only
        assertThat(find(Anchor.class).withId("unduh-renja-sipd").exists()).isTrue();
        assertThat(find(Upload.class).withId("impor-renja-sipd").exists()).isFalse();

        Masuk.sebagai(users, k.kasi());
        RenjaView kasi = navigate(RenjaView.class);
        pilih(kasi, draf);
        assertThat(find(Anchor.class).withId("unduh-renja-sipd").exists()).isTrue();
        assertThat(find(Upload.class).withId("impor-renja-sipd").exists()).isFalse();
    }

    private static void pilih(RenjaView view, long id) {
        RenjaRingkas r = view.daftar.getGenericDataView().getItems().filter(x -> x.id() == id).findFirst().orElseThrow();
        view.daftar.select(r);
    }
}
