package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import id.sipeka.Masuk;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.PenyiapPerubahan;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Renja list tells every document of a year apart — the Renja and each numbered perubahan with its version, stage
 * and date of penetapan — offers a new perubahan only on the Renja in force when none is being prepared, and its
 * timeline shows "Rancangan disusun" after the approval that produced it.
 */
@SpringBootTest
class RenjaDaftarLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    LayananRenja renja;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void eachRenjaOfAYearIsOneDistinguishableRowAndItsTimelineFollowsTheCycle() {
        // Renja 2026 ditetapkan, its first perubahan ditetapkan, a second perubahan of it being prepared
        PenyiapPerubahan.Kecamatan k = penyiap.renjaDitetapkan(2);
        long ke1 = penyiap.bukaPerubahan(k, Set.of(k.unit().get(1)));
        penyiap.ubahDanSetujui(k, ke1, 1, new BigDecimal("3"), 750_000L);
        penyiap.tetapkan(k, ke1);
        Masuk.sebagai(users, k.sekcam());
        renja.pembukaan().bukaPerubahan(ke1, Set.of(k.unit().get(0)), new id.sipeka.renja.Batas(LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(15), LocalDate.now().plusDays(25), LocalDate.now().plusDays(30)));

        RenjaView view = navigate(RenjaView.class);
        var daftar = test(view.daftar);
        List<List<String>> baris = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            baris.add(List.of(daftar.getCellText(i, 0), daftar.getCellText(i, 1), daftar.getCellText(i, 2),
                    daftar.getCellText(i, 5).isEmpty() ? "" : "ditetapkan"));
        }
        assertThat(baris).containsExactly(
                List.of("Renja Perubahan 2026 (ke-2)", "3", "Penyusunan bagian", ""),
                List.of("Renja Perubahan 2026 (ke-1)", "2", "Ditetapkan", "ditetapkan"),
                List.of("Renja 2026", "1", "Ditetapkan", "ditetapkan"));
        assertThat(daftar.getCellText(1, 5)).isEqualTo(id.sipeka.base.FormatIndonesia.tanggal(LocalDate.now()));

        // while the second perubahan is being prepared, no Renja of the year offers another one
        for (RenjaRingkas r : view.daftar.getGenericDataView().getItems().toList()) {
            view.daftar.select(r);
            assertThat(find(Button.class).withId("buka-perubahan").all()).as(r.judul()).isEmpty();
        }

        // the first perubahan's timeline: its one changed section approved, then the rancangan compiled from it
        view.daftar.select(view.daftar.getGenericDataView().getItems().filter(r -> r.id() == ke1).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = find(Grid.class).withId("timeline-grid").single();
        var riwayat = test(timeline);
        List<String> apa = new ArrayList<>();
        for (int i = 0; i < riwayat.size(); i++) {
            apa.add(riwayat.getCellText(i, 2));
        }
        assertThat(apa).containsExactly("Renja Perubahan dibuka", "Bagian dibawa tanpa perubahan", "Bagian diajukan",
                "Bagian disetujui", "Rancangan disusun", "Forum selesai", "Rancangan akhir disetujui sekcam", "Ditetapkan");

        // a new Renja is offered for the first year after this one that has none yet
        int tahunDepan = LocalDate.now().getYear() + 1;
        renja.pembukaan().buka(k.kecamatanId(), tahunDepan, new id.sipeka.renja.Batas(LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(15), LocalDate.now().plusDays(25), LocalDate.now().plusDays(30)));
        navigate(RenjaView.class);
        test(find(Button.class).withId("buka-renja").single()).click();
        assertThat(find(IntegerField.class).single().getValue()).isEqualTo(tahunDepan + 1);
    }
}
