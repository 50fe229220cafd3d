package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import id.sipeka.Masuk;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.renja.PenyiapPerubahan;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A Renja Perubahan on screen, on a fresh kecamatan of two units whose Renja 2026 is ditetapkan: the sekcam names in
 * the opening dialog the unit whose rows change; the document shows the pagu before and after the change and the
 * change itself in the footer, the old target beside the new one, and what changed since the ditetapkan Renja.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenjaPerubahanLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapPerubahan penyiap;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    UserDetailsService users;

    static PenyiapPerubahan.Kecamatan k;
    static Long perubahanId;

    @BeforeEach
    void renja2026Ditetapkan() {
        if (k == null) {
            k = penyiap.renjaDitetapkan(2);
        }
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theSekcamNamesTheUnitWhoseRowsChangeWhenOpeningThePerubahan() {
        Masuk.sebagai(users, k.sekcam());
        RenjaView view = navigate(RenjaView.class);
        test(find(Button.class).withId("buka-perubahan").single()).click();
        assertThat(test(view.unitPerubahan).getSuggestions()).containsExactly("Unit 0", "Unit 1");
        assertThat(view.unitPerubahan.getHelperText()).startsWith("Hanya unit terpilih yang mengisi ulang bagiannya.");

        // none chosen: refused by the service, the dialog stays open
        Button buka = find(Button.class).withId("konfirmasi-buka").single();
        test(buka).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Pilih paling sedikit satu unit yang barisnya berubah dalam Renja Perubahan.");
        assertThat(view.dialog.isOpened()).isTrue();

        test(view.unitPerubahan).selectItem("Unit 1");
        test(buka).click();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Renja Perubahan dibuka; hanya unit terpilih yang mendapat tugas mengisi bagiannya.");
        RenjaRingkas perubahan = view.daftar.getGenericDataView().getItems().filter(r -> r.indukId() != null)
                .findFirst().orElseThrow();
        perubahanId = perubahan.id();
        assertThat(renja.bagian(perubahanId)).extracting(BagianRenja::unitNama, BagianRenja::status, BagianRenja::dibawa)
                .containsExactly(tuple("Unit 0", StatusPersetujuan.DISETUJUI, true), tuple("Unit 1", StatusPersetujuan.DIISI, false));
        assertThat(renja.langkahSaatIni(perubahanId)).containsExactly("Isi bagian (Unit 1)");
    }

    @Test
    @Order(2)
    void theSekcamSeesTheCarriedSectionAsUnchanged() {
        Masuk.sebagai(users, k.sekcam());
        UI.getCurrent().navigate("renja/" + perubahanId + "/sekcam");
        SekcamView view = (SekcamView) getCurrentView();
        assertThat(test(view.bagian).getCellText(0, 1)).isEqualTo("Disetujui (tidak berubah)");
        assertThat(test(view.bagian).getCellText(1, 1)).isEqualTo("Diisi");
    }

    @Test
    @Order(3)
    void theDocumentShowsBeforeAfterAndTheChangeAndWhatChangedSinceTheDitetapkanRenja() {
        penyiap.ubahDanSetujui(k, perubahanId, 1, new BigDecimal("3"), 750_000L);
        Masuk.sebagai(users, k.camat());
        UI.getCurrent().navigate("renja/" + perubahanId + "/penetapan");
        PenetapanView view = (PenetapanView) getCurrentView();

        var dokumen = test(view.dokumen);
        assertThat(dokumen.getFooterCell(kolom(view.dokumen, "paguSebelum"))).isEqualTo("Rp 2.000.000");
        assertThat(dokumen.getFooterCell(kolom(view.dokumen, "pagu"))).isEqualTo("Rp 1.750.000");
        assertThat(dokumen.getFooterCell(kolom(view.dokumen, "jumlahPerubahan"))).isEqualTo("(250.000)");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("total-renja").single().getText())
                .isEqualTo("TOTAL pagu indikatif sebelum perubahan: Rp 2.000.000; setelah perubahan: Rp 1.750.000; "
                        + "jumlah perubahan: (250.000)");
        assertThat(view.dokumen.getColumnByKey("targetSebelum").getHeaderText()).isEqualTo("Target sebelum");
        assertThat(view.dokumen.getColumnByKey("target").getHeaderText()).isEqualTo("Target setelah");
        int baris = baris(view, "7.01.02.2.04.0002");
        assertThat(dokumen.getCellText(baris, kolom(view.dokumen, "targetSebelum"))).isEqualTo("4 Laporan");
        assertThat(dokumen.getCellText(baris, kolom(view.dokumen, "target"))).isEqualTo("3 Laporan");
        assertThat(dokumen.getCellText(baris, kolom(view.dokumen, "jumlahPerubahan"))).isEqualTo("(250.000)");

        assertThat(test(view.pembanding).getSelected().label()).isEqualTo("Renja 2026 yang ditetapkan (sebelum perubahan)");
        assertThat(view.perbedaan.getGenericDataView().getItems()).extracting(Perbedaan::kode, Perbedaan::kolom,
                Perbedaan::lama, Perbedaan::baru).contains(tuple("7.01.02.2.04.0002", "Target", "4", "3"),
                tuple("7.01.02.2.04.0002", "Pagu indikatif", "Rp 1.000.000", "Rp 750.000"));
        test(view.pembanding).selectItem("1 – Penyusunan bagian");
        assertThat(view.perbedaan.getGenericDataView().getItems()).as("its own first version came after the change").isEmpty();
    }

    private static int kolom(Grid<?> grid, String kunci) {
        return grid.getColumns().indexOf(grid.getColumnByKey(kunci));
    }

    private static int baris(PenetapanView view, String kode) {
        var isi = view.dokumen.getGenericDataView().getItems().toList();
        for (int i = 0; i < isi.size(); i++) {
            if (isi.get(i).kode().equals(kode)) {
                return i;
            }
        }
        throw new AssertionError(kode);
    }
}
