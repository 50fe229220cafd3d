package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import id.sipeka.Masuk;
import id.sipeka.base.BatasUnggah;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.PengisianLaporanService;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renstra.ImporRenstraService;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/** The unit head reports a sub kegiatan's further indicator in the report row's dialog and sees its capaian. */
@SpringBootTest
class LaporanIndikatorLainLayarTest extends SpringBrowserlessTest {

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
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    BatasUnggah batas;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theUnitHeadTypesAFurtherIndicatorsRealisasiAndSeesItsCapaianAgainstTheAnnualTarget() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                "[{\"indikator\": \"Jumlah desa dilayani\", \"satuan\": \"Desa\", \"target\": {\"2026\": 8}}]");
        k.rencanaAksiDisetujui(rencanaAksi, users);
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();

        Masuk.sebagai(users, k.kepalaLain());
        UI.getCurrent().navigate("evaluasi/" + evaluasiId + "/laporan");
        LaporanView view = (LaporanView) getCurrentView();
        LaporanBarisDialog dialog = new LaporanBarisDialog(evaluasi, pengisian, baris(view), 2026, List.of("Argomulyo"),
                batas.bukti().toBytes(), view::tampilkan);
        dialog.open();
        roundTrip();
        assertThat(dialog.realisasiLain).containsOnlyKeys(2);
        assertThat(dialog.realisasiLain.get(2).getLabel()).isEqualTo("Realisasi indikator ke-2: Jumlah desa dilayani");
        test(dialog.realisasi).setValue("1");
        test(dialog.realisasiRp).setValue("250.000");
        test(dialog.realisasiLain.get(2)).setValue("tiga");
        test(dialog.simpan).click();
        assertThat(dialog.realisasiLain.get(2).isInvalid()).as("text in a number field: marked, nothing saved").isTrue();
        assertThat(baris(view).realisasiTw()).isNull();

        test(dialog.realisasiLain.get(2)).setValue("3");
        test(dialog.simpan).click();
        BarisLaporan disimpan = baris(view);
        assertThat(disimpan.indikatorLain().getFirst().realisasiTw()).isEqualByComparingTo("3");
        LaporanBarisDialog lagi = new LaporanBarisDialog(evaluasi, pengisian, disimpan, 2026, List.of("Argomulyo"),
                batas.bukti().toBytes(), view::tampilkan);
        assertThat(lagi.realisasiLain.get(2).getValue()).isEqualTo("3");
        assertThat(lagi.realisasiLain.get(2).getHelperText()).isEqualTo(
                "Target TW ini – Desa, capaian TW ini –; target tahunan 8 Desa; realisasi s.d. triwulan ini 3, capaian 37,50%");
    }

    private BarisLaporan baris(LaporanView view) {
        return evaluasi.laporan(view.laporanId).baris().stream().filter(b -> b.kode().equals(KecamatanSeed003.LAIN))
                .findFirst().orElseThrow();
    }
}
