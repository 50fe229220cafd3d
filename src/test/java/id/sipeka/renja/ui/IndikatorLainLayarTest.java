package id.sipeka.renja.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.KabupatenAktivitasUji;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.RenjaData.IndikatorLainRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renstra.ImporRenstraService;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The row editor of "Bagian saya" has a text, target N and target N+1 field per further indicator of the row (issue
 * 13): text in a target is marked and nothing is saved; an Indonesian number is saved with the row.
 */
@SpringBootTest
class IndikatorLainLayarTest extends SpringBrowserlessTest {

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
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theUnitHeadTypesAFurtherIndicatorsTargetsTheIndonesianWay() {
        KabupatenAktivitasUji k = KabupatenAktivitasUji.siapkan(organisasi, akun, users, true);
        impor.imporJson(k.kecamatan().id(), json.readTree(KabupatenAktivitasUji.berkasKedua(k.kecamatan().nama())));
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
        assertThat(dialog.lain).singleElement().satisfies(f -> {
            assertThat(f.urutan()).isEqualTo(2);
            assertThat(f.indikator().getValue()).isEqualTo("Jumlah desa yang mengikuti musrenbang");
            assertThat(f.target().getValue()).isEqualTo("2");
            assertThat(f.targetMaju().getValue()).isEqualTo("2");
        });
        BarisRenjaDialog.FieldLain f = dialog.lain.getFirst();
        dialog.sumberDana.setValue("APBD");

        test(f.target()).setValue("dua");
        test(dialog.simpan).click();
        assertThat(f.target().isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(lain(renjaId).target()).isEqualByComparingTo("2");

        test(f.target()).setValue("2,5");
        test(f.targetMaju()).setValue("1.000");
        test(dialog.simpan).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(lain(renjaId).target()).isEqualByComparingTo("2.5");
        assertThat(lain(renjaId).targetMaju()).isEqualByComparingTo("1000");
    }

    private IndikatorLainRenja lain(long renjaId) {
        return renja.baris(renjaId).stream().filter(b -> b.kode().equals(SUB)).findFirst().orElseThrow().indikatorLain()
                .getFirst();
    }
}
