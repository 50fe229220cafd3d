package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.KabupatenAktivitasUji;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.Prioritas;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * A unit head of a kabupaten with Aktivitas edits a row's Aktivitas in the row editor of "Bagian saya" (issue 13): the
 * pagu field is read-only with a hint and shows the new sum after each change; text in a number field is marked and
 * nothing is saved; the row itself is then saved with its new version.
 */
@SpringBootTest
class AktivitasLayarTest extends SpringBrowserlessTest {

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
    PembukaanRenjaService pembukaan;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    AktivitasRenjaService aktivitas;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theUnitHeadEditsAnAktivitasAndTheRowPaguFollows() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), KabupatenAktivitasUji.json(json, k.kecamatan().nama()));
        Masuk.sebagai(users, k.sekcam());
        LocalDate h = LocalDate.now();
        long renjaId = pembukaan.buka(k.kecamatan().id(), 2025,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        Masuk.sebagai(users, k.kasiPem());

        UI.getCurrent().navigate("renja/" + renjaId + "/bagian");
        BagianSayaView bagian = (BagianSayaView) getCurrentView();
        int baris = 0;
        while (!test(bagian.grid).getRow(baris).kode().equals(SUB)) {
            baris++;
        }
        test(bagian.grid).clickRow(baris);
        BarisRenjaDialog dialog = find(BarisRenjaDialog.class).single();
        assertThat(dialog.aktivitas).isNotNull();
        assertThat(dialog.pagu.isReadOnly()).isTrue();
        assertThat(dialog.pagu.getHelperText()).contains("Jumlah pagu aktivitas");
        assertThat(dialog.pagu.getValue()).isEqualTo(FormatIndonesia.angka(18_500_000L));
        assertThat(test(dialog.aktivitas.grid).size()).isEqualTo(2);

        // text in the pagu of an Aktivitas: marked, nothing saved
        test(dialog.aktivitas.grid).clickRow(1);
        AktivitasRenjaDialog ubah = find(AktivitasRenjaDialog.class).single();
        assertThat(ubah.nama.getValue()).isEqualTo("Penyusunan naskah");
        assertThat(ubah.prioritas.getValue()).isEqualTo(Prioritas.RENDAH);
        test(ubah.pagu).setValue("delapan juta");
        test(ubah.simpan).click();
        assertThat(ubah.pagu.isInvalid()).isTrue();
        assertThat(ubah.isOpened()).isTrue();
        AktivitasRenja sebelum = aktivitas.aktivitas(dialog.aktivitas.grid.getGenericDataView().getItem(1).renjaBarisId()).get(1);
        assertThat(sebelum.pagu()).isEqualTo(6_500_000L);

        // a number: saved, the row's pagu in the editor is the new sum
        test(ubah.pagu).setValue("8.000.000");
        test(ubah.simpan).click();
        assertThat(ubah.isOpened()).isFalse();
        assertThat(dialog.pagu.getValue()).isEqualTo(FormatIndonesia.angka(20_000_000L));

        // a new one from the editor
        test(dialog.aktivitas.tambah).click();
        AktivitasRenjaDialog tambah = find(AktivitasRenjaDialog.class).single();
        test(tambah.nama).setValue("Sosialisasi");
        test(tambah.pagu).setValue("1.000.000");
        test(tambah.simpan).click();
        assertThat(test(dialog.aktivitas.grid).size()).isEqualTo(3);
        assertThat(dialog.pagu.getValue()).isEqualTo(FormatIndonesia.angka(21_000_000L));

        // the row itself is saved after its Aktivitas changed it (its new version)
        dialog.sumberDana.setValue("APBD");
        test(dialog.simpan).click();
        assertThat(dialog.isOpened()).isFalse();
        BarisRenja tersimpan = renja.baris(renjaId).stream().filter(b -> b.kode().equals(SUB)).findFirst().orElseThrow();
        assertThat(tersimpan.pagu()).isEqualTo(21_000_000L);
        assertThat(tersimpan.sumberDana()).isEqualTo("APBD");
    }
}
