package id.sipeka.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PenyiapSeed003;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.evaluasi.ui.RencanaAksiView;
import id.sipeka.inbox.InboxService.Tugas;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A unit's rencana aksi in "Tugas Saya": the kasi and then the sekcam click "Buka" and land on its screen. */
@SpringBootTest
class RencanaAksiInboxLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theKasiAndTheSekcamOpenTheRencanaAksiFromTheirTasks() {
        KecamatanSeed003 k = seed003.siapkanTanpaRencanaAksi();
        String rute = "renja/" + k.renjaId() + "/rencana-aksi";

        Masuk.sebagai(users, k.kasi());
        InboxView inbox = navigate(InboxView.class);
        assertThat(inbox.tugas.getGenericDataView().getItems().map(Tugas::judul).toList())
                .contains("Rencana aksi 2026 — Seksi Pemerintahan Umum");
        assertThat(buka("Isi rencana aksi 2026")).isInstanceOf(RencanaAksiView.class);
        assertThat(lokasi()).isEqualTo(rute);

        for (BarisRencanaAksi b : rencanaAksi.baris(k.renjaId(), k.pem())) {
            rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), KecamatanSeed003.angka(3, 3, 3, 3),
                    Arrays.asList(1_000_000L, 1_000_000L, 1_000_000L, 1_000_000L)));
        }
        rencanaAksi.ajukan(k.renjaId(), k.pem());
        Masuk.sebagai(users, k.sekcam());
        assertThat(buka("Persetujuan rencana aksi 2026")).isInstanceOf(RencanaAksiView.class);
        assertThat(lokasi()).isEqualTo(rute);
    }

    private HasElement buka(String namaTugas) {
        InboxView inbox = navigate(InboxView.class);
        List<Tugas> baris = inbox.tugas.getGenericDataView().getItems().toList();
        int i = baris.stream().map(Tugas::nama).toList().indexOf(namaTugas);
        assertThat(i).as("tugas %s di %s", namaTugas, baris).isNotNegative();
        Button buka = (Button) test(inbox.tugas).getCellComponent(i, 3);
        test(buka).click();
        return getCurrentView();
    }

    private static String lokasi() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
