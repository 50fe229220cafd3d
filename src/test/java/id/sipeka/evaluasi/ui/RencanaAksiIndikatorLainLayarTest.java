package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * The rencana aksi dialog of a sub kegiatan with a second indicator: its quarters are typed below the first one's,
 * a negative one is marked and nothing is saved, and both indicators' quarters are saved together.
 */
@SpringBootTest
class RencanaAksiIndikatorLainLayarTest extends SpringBrowserlessTest {

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    LayananRenja renja;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theUnitHeadEntersTheSecondIndicatorsQuartersInTheSameDialog() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                "[{\"indikator\": \"Jumlah desa dilayani\", \"satuan\": \"Desa\", \"jenis\": \"JUMLAH\", \"target\": {\"2026\": 10}}]");
        Masuk.sebagai(users, k.kepalaLain());
        UI.getCurrent().navigate("renja/" + k.renjaId() + "/rencana-aksi");
        roundTrip();
        RencanaAksiView view = (RencanaAksiView) getCurrentView();
        test(view.grid).clickRow(0);
        roundTrip();
        RencanaAksiDialog dialog = find(RencanaAksiDialog.class).single();
        assertThat(dialog.targetLain).containsOnlyKeys(2);
        assertThat(dialog.targetLain.get(2).getFirst().getId()).hasValue("target-lain-2-tw1");
        for (int i = 0; i < 4; i++) {
            test(dialog.target.get(i)).setValue("1");
            test(dialog.rp.get(i)).setValue("250.000");
        }
        List<String> desa = List.of("2", "-1", "3", "3");
        for (int i = 0; i < 4; i++) {
            test(dialog.targetLain.get(2).get(i)).setValue(desa.get(i));
        }
        test(dialog.simpan).click();
        // the field is marked as the first indicator's would be (the service refuses it too, naming the indicator)
        assertThat(dialog.targetLain.get(2).get(1).isInvalid()).isTrue();
        assertThat(dialog.targetLain.get(2).get(1).getErrorMessage()).isEqualTo("Tidak boleh negatif");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(baris(k).target()).as("nothing saved").containsOnlyNulls();

        test(dialog.targetLain.get(2).get(1)).setValue("2");
        test(dialog.simpan).click();
        BarisRencanaAksi b = baris(k);
        assertThat(b.target()).usingElementComparator(BigDecimal::compareTo).containsOnly(BigDecimal.ONE);
        assertThat(b.indikatorLain().getFirst().target()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("3"));
        assertThat(view.daftarPeringatan.getChildren().map(c -> ((ListItem) c).getText()).toList())
                .as("2 + 2 + 3 + 3 is the annual 10: no warning").isEmpty();

        // opened again, the dialog shows what was saved
        test(view.grid).clickRow(0);
        roundTrip();
        RencanaAksiDialog lagi = find(RencanaAksiDialog.class).last();
        assertThat(lagi.targetLain.get(2)).extracting(f -> f.getValue()).containsExactly("2", "2", "3", "3");
    }

    private BarisRencanaAksi baris(KecamatanSeed003 k) {
        return rencanaAksi.baris(k.renjaId(), k.lain()).getFirst();
    }
}
