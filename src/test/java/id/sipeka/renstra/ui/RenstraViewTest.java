package id.sipeka.renstra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.base.IsiBuatan;
import id.sipeka.base.ui.UnggahanUji;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Renstra screen: totals computed from the sub kegiatan, management for the sekcam, editing for a unit. */
@SpringBootTest
class RenstraViewTest extends SpringBrowserlessTest {

    @Autowired
    RenstraService renstraService;
    @Autowired
    OrganisasiService organisasi;

    /** The row as stored now (a second navigation to the same route would reuse the open view). */
    private BarisRenstra dariBasisData(RenstraView view, String kode) {
        return renstraService.terbaru(view.renstra.renstra().kecamatanId()).orElseThrow().semuaBaris().stream()
                .filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("kasi.pem")
    void showsKalaenasTotalsComputedFromTheSubKegiatan() {
        RenstraView view = navigate(RenstraView.class);

        assertThat(view.ringkasan.getText()).isEqualTo(
                "Total pagu 2025: Rp 2.627.973.004; periode 2025–2029: Rp 17.061.154.008");
        assertThat(view.baris("7.01.06").orElseThrow().pagu().get(2027)).isEqualTo(42_086_081L);
        assertThat(view.grid.getTreeData().getRootItems()).hasSize(6);
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiHasNoImportButtons() {
        navigate(RenstraView.class);
        assertThat(find(Anchor.class).withId("unduh-templat").exists()).isFalse();
        assertThat(find(Upload.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamCanDownloadTheTemplateAndImport() {
        navigate(RenstraView.class);
        assertThat(find(Anchor.class).withId("unduh-templat").single().getText()).isEqualTo("Unduh templat XLSX");
        assertThat(find(Upload.class).withId("impor-xlsx").exists()).isTrue();
    }

    @Test
    @WithUserDetails("sekcam")
    void aBrokenImportFileShowsTheProblemsAndChangesNothing() {
        RenstraView view = navigate(RenstraView.class);
        long sebelum = view.renstra.totalPeriode();

        view.impor(organisasi.kecamatanDenganKode("KALAENA").orElseThrow(), "bukan excel".getBytes());

        LaporanImporDialog laporan = find(LaporanImporDialog.class).single();
        assertThat(laporan.getId()).contains("impor-ditolak");
        assertThat(laporan.grid.getGenericDataView().getItems().toList()).hasSize(1);
        assertThat(renstraService.terbaru(view.renstra.renstra().kecamatanId()).orElseThrow().totalPeriode()).isEqualTo(sebelum);
    }

    @Test
    @WithUserDetails("sekcam")
    void anImportFileOverTheLimitIsRefusedWhileReadAndChangesNothing() throws Exception {
        RenstraView view = navigate(RenstraView.class);
        long sebelum = view.renstra.totalPeriode();
        IsiBuatan besar = new IsiBuatan(100 * IsiBuatan.MB, "PK"); // an "XLSX" of 100 MB, generated while read

        var respons = UnggahanUji.kirim(find(Upload.class).withId("impor-xlsx").single(), "renstra.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", besar, -1, "192.0.2.40");

        assertThat(besar.dibaca()).as("byte yang dibaca server").isLessThanOrEqualTo(5 * IsiBuatan.MB + 1);
        assertThat(respons.getStatus()).isEqualTo(413);
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Berkas \"renstra.xlsx\" ditolak karena lebih besar dari 5 MB.");
        assertThat(renstraService.terbaru(view.renstra.renstra().kecamatanId()).orElseThrow().totalPeriode()).isEqualTo(sebelum);
    }

    @Test
    @WithUserDetails("kasi.pmd")
    void aKasiSavesATargetOfTheirOwnRowThroughTheEditDialog() {
        RenstraView view = navigate(RenstraView.class);
        BarisRenstra baris = view.baris("7.01.03.2.01.0003").orElseThrow();
        UbahBarisDialog dialog = new UbahBarisDialog(renstraService, baris, 2025, 2029,
                organisasi.unit(view.renstra.renstra().kecamatanId()), false, () -> { });
        dialog.open();
        roundTrip();

        test(dialog.target.get(2029)).setValue("13");
        test(dialog.simpan).click();

        assertThat(test(find(Notification.class).single()).getText()).isEqualTo("Tersimpan.");
        assertThat(dariBasisData(view, "7.01.03.2.01.0003").target().get(2029)).isEqualByComparingTo("13");
    }

    @Test
    @WithUserDetails("kasi.pmd")
    void textInANumberFieldIsMarkedAndNothingIsSaved() {
        RenstraView view = navigate(RenstraView.class);
        BarisRenstra baris = view.baris("7.01.03.2.01.0001").orElseThrow();
        UbahBarisDialog dialog = new UbahBarisDialog(renstraService, baris, 2025, 2029, List.of(), false, () -> { });
        dialog.open();
        roundTrip();

        test(dialog.pagu.get(2026)).setValue("dua puluh juta");
        test(dialog.simpan).click();

        assertThat(dialog.pagu.get(2026).isInvalid()).isTrue();
        assertThat(dialog.pagu.get(2026).getErrorMessage()).isEqualTo("\"dua puluh juta\" bukan angka");
        assertThat(dariBasisData(view, "7.01.03.2.01.0001").version()).isEqualTo(baris.version());
    }
}
