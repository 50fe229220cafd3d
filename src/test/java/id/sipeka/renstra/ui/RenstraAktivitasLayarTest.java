package id.sipeka.renstra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.KabupatenAktivitasUji;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The Renstra screen of a kabupaten that plans Aktivitas (issue 13): each sub kegiatan's Aktivitas with name, volume,
 * satuan, prioritas, lokasi and pagu per year right under its row; nothing under a sub kegiatan without any, and no
 * such table where the kabupaten does not plan them.
 */
@SpringBootTest
class RenstraAktivitasLayarTest extends SpringBrowserlessTest {

    private static final String SUB = "7.01.01.2.01.0001";

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ImporRenstraService impor;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamSeesEachSubKegiatansAktivitasWithVolumePrioritasLokasiAndPaguPerYearUnderItsRow() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        Masuk.sebagai(users, k.sekcam());

        RenstraView view = navigate(RenstraView.class);

        BarisRenstra sub = view.baris(SUB).orElseThrow();
        BarisRenstra tanpa = view.baris("7.01.01.2.01.0002").orElseThrow();
        assertThat(view.grid.isDetailsVisible(sub)).isTrue();
        assertThat(view.grid.isDetailsVisible(tanpa)).isFalse();
        assertThat(view.rincianAktivitas(tanpa)).isNotInstanceOf(AktivitasRenstraTabel.class);
        // the table the grid's details renderer gives the row, attached here to read it as a user would
        AktivitasRenstraTabel tabel = (AktivitasRenstraTabel) view.rincianAktivitas(sub);
        com.vaadin.flow.component.UI.getCurrent().add(tabel);
        assertThat(tabel.getId()).hasValue("aktivitas-" + SUB);
        assertThat(tabel.getColumns().stream().map(c -> c.getHeaderText()).toList()).containsExactly("Nama aktivitas",
                "Volume", "Prioritas", "Lokasi", "Pagu 2024", "Pagu 2025", "Pagu 2026");
        assertThat(baris(tabel)).containsExactly(
                List.of("7.01.01.2.01.0001.1 Musyawarah desa", "4 Kegiatan", "Tinggi", "Desa Bayondo", "Rp 10.000.000",
                        "Rp 12.000.000", "Rp 13.000.000"),
                List.of("7.01.01.2.01.0001.2 Penyusunan naskah", "1,5 Dokumen", "Rendah", "Desa Mekar", "Rp 5.000.000",
                        "Rp 6.500.000", ""));
        // the row's pagu above them is their sum, computed in the fixture from its own figures
        assertThat(sub.pagu().get(2025)).isEqualTo(KabupatenAktivitasUji.harapan(SUB, 2025)).isEqualTo(18_500_000L);
    }

    @Test
    void aKabupatenWithoutAktivitasShowsNoAktivitasUnderItsRows() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, false);
        String berkas = KabupatenAktivitasUji.json(json, k.kecamatan().nama()).toString();
        // the same Renstra without its Aktivitas lines, which such a kabupaten cannot import
        var tanpaAktivitas = json.readTree(berkas);
        var nomenklatur = (tools.jackson.databind.node.ArrayNode) tanpaAktivitas.get("nomenklatur");
        for (int i = nomenklatur.size() - 1; i >= 0; i--) {
            if (nomenklatur.get(i).get("kode").asString().split("\\.").length == 7) {
                nomenklatur.remove(i);
            }
        }
        impor.imporJson(k.kecamatan().id(), tanpaAktivitas);
        Masuk.sebagai(users, k.sekcam());

        RenstraView view = navigate(RenstraView.class);

        assertThat(view.aktivitas).isNull();
        BarisRenstra sub = view.baris(SUB).orElseThrow();
        assertThat(view.grid.isDetailsVisible(sub)).isFalse();
        assertThat(view.rincianAktivitas(sub)).isNotInstanceOf(AktivitasRenstraTabel.class);
    }

    /** Every cell's text, row by row, as the table shows it. */
    private List<List<String>> baris(AktivitasRenstraTabel tabel) {
        List<List<String>> hasil = new ArrayList<>();
        var isi = tabel.getGenericDataView().getItems().toList();
        for (int r = 0; r < isi.size(); r++) {
            List<String> sel = new ArrayList<>();
            for (int c = 0; c < tabel.getColumns().size(); c++) {
                sel.add(test(tabel).getCellText(r, c));
            }
            hasil.add(sel);
        }
        return hasil;
    }
}
