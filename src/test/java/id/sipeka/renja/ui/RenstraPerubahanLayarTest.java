package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import id.sipeka.Masuk;
import id.sipeka.renja.PenyiapPerubahan;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.PerubahanRenstraRenja.Jenis;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.PratinjauImpor;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The sekcam's Renja screen after a Renstra Perubahan: an open Renja built on the older version shows the notice,
 * the action shows what changes for this Renja and applies it; afterwards the notice is gone.
 */
@SpringBootTest
class RenstraPerubahanLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamSeesTheRenstraPerubahanOnTheOpenRenjaAndTakesItOver() {
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long perubahanRenja = penyiap.bukaPerubahan(k, Set.of(k.unit().get(1)));
        Masuk.sebagai(users, k.sekcam());
        var berkas = json.readTree("{\"tahunAwal\": 2025, \"tahunAkhir\": 2029, \"nomenklatur\": ["
                + "{\"kode\": \"7.01.02\", \"nama\": \"Program\"}, {\"kode\": \"7.01.02.2.04\", \"nama\": \"Kegiatan\"},"
                + " {\"kode\": \"7.01.02.2.04.0001\", \"nama\": \"Sub 0\", \"unit\": \"U0\", \"satuan\": \"Laporan\","
                + " \"target\": {\"2026\": 4}, \"pagu\": {\"2026\": 1000000}},"
                + " {\"kode\": \"7.01.02.2.04.0002\", \"nama\": \"Sub 1\", \"unit\": \"U1\", \"satuan\": \"Laporan\","
                + " \"target\": {\"2026\": 6}, \"pagu\": {\"2026\": 1300000}}]}");
        PratinjauImpor p = impor.pratinjauJson(k.kecamatanId(), berkas);
        impor.terapkanJson(k.kecamatanId(), berkas, p.sidik(), "Perbup Nomor 12 Tahun 2026");

        RenjaView daftar = navigate(RenjaView.class);
        daftar.daftar.asSingleSelect().setValue(renja.ringkas(perubahanRenja));
        assertThat(test(find(Paragraph.class).withId("renja-renstra-tersedia").single()).getText())
                .isEqualTo("Renstra Perubahan ke-1 tersedia: Renja ini masih memakai angka Renstra sebelumnya sampai"
                        + " Sekcam mengambil perubahan itu di layar Telaah & forum.");

        UI.getCurrent().navigate("renja/" + perubahanRenja + "/sekcam");
        assertThat(test(find(Paragraph.class).withId("perubahan-renstra-tersedia").single()).getText())
                .startsWith("Renstra Perubahan ke-1 tersedia (").contains("dasar: Perbup Nomor 12 Tahun 2026")
                .endsWith("Renja ini masih memakai angka Renstra awal sampai perubahan itu diambil.");

        test(find(Button.class).withId("ambil-perubahan-renstra").single()).click();
        AmbilPerubahanRenstraDialog dialog = find(AmbilPerubahanRenstraDialog.class).single();
        assertThat(dialog.baris()).extracting(BarisBerubah::jenis, BarisBerubah::kode, BarisBerubah::rincian)
                .containsExactly(tuple(Jenis.DIUBAH, "7.01.02.2.04.0002",
                        "Target 2026: 4 → 6; Pagu indikatif 2026: Rp 1.000.000 → Rp 1.300.000"));
        assertThat(renja.baris(perubahanRenja)).extracting(BarisRenja::pagu).containsExactly(1_000_000L, 1_000_000L);

        test(dialog.terapkan).click();

        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Perubahan Renstra diambil ke Renja ini.");
        assertThat(renja.baris(perubahanRenja)).extracting(BarisRenja::pagu).containsExactly(1_000_000L, 1_300_000L);
        assertThat(find(Paragraph.class).withId("perubahan-renstra-tersedia").exists()).isFalse();
        assertThat(renja.timeline(perubahanRenja)).anyMatch(x -> x.aksi().equals("AMBIL_PERUBAHAN_RENSTRA")
                && x.keterangan().equals("Perubahan Renstra ke-1 diambil: 0 baris ditambah, 1 diubah, 0 dihapus"));
        // the ditetapkan Renja offers nothing: it keeps its version
        UI.getCurrent().navigate("renja/" + k.renjaId() + "/sekcam");
        assertThat(find(Paragraph.class).withId("perubahan-renstra-tersedia").exists()).isFalse();
    }
}
