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
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.EksporSipdRenstraService;
import id.sipeka.renja.KecamatanUji;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.Batas;
import id.sipeka.Masuk;
import java.time.LocalDate;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;
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
    @Autowired
    ImporRenstraService imporService;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    LayananRenja layananRenja;
    @Autowired
    EksporSipdRenstraService eksporSipd;

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
    @WithUserDetails("kasi.pem")
    void aKasiCanDownloadTheRenstraInSipdLayout() {
        navigate(RenstraView.class);
        assertThat(find(Anchor.class).withId("unduh-renstra-sipd").single().getText()).isEqualTo("Unduh format SIPD");
        assertThat(find(Upload.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamImportsTheSipdFileBackThroughThePreviewWithNothingChanged() {
        RenstraView view = navigate(RenstraView.class);
        assertThat(find(Anchor.class).withId("unduh-renstra-sipd").single().getText()).isEqualTo("Unduh format SIPD");
        KecamatanData kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow();

        view.impor(kalaena, eksporSipd.xlsx(view.renstra.renstra().id()));

        find(PratinjauImporDialog.class).single();
        assertThat(test(find(Paragraph.class).withId("pratinjau-ringkasan").single()).getText())
                .startsWith("0 baris ditambah, 0 diubah, 0 dihapus, ");
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
    @WithUserDetails("admin")
    void aReimportOnceARenjaHasLeftItsDraftIsSavedAsARenstraPerubahanWithItsReasonAndBothVersionsCanBeViewed()
            throws Exception {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, imporService, users, json, 2);
        LocalDate h = LocalDate.now();
        Masuk.sebagai(users, k.sekcam());
        long renjaId = layananRenja.pembukaan().buka(k.kecamatanId(), 2026,
                new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
        for (int i = 0; i < 2; i++) {
            Masuk.sebagai(users, k.kepala().get(i));
            layananRenja.isiDanAjukan(renjaId, k.unit().get(i));
        }
        Masuk.sebagai(users, k.sekcam());
        k.unit().forEach(unit -> layananRenja.telaah().setujuiBagian(renjaId, unit));
        Masuk.sebagai(users, "admin");
        KecamatanData kec = organisasi.kecamatan(k.kecamatanId());
        RenstraView view = navigate(RenstraView.class);
        byte[] berkas = ubahPagu(imporService.templateXlsx(kec.id(), 2025, 2029), "7.01.02.2.04.0002", 2026, 1_250_000);

        view.impor(kec, berkas);

        PratinjauImporDialog dialog = find(PratinjauImporDialog.class).single();
        assertThat(test(find(Paragraph.class).withId("pratinjau-ringkasan").single()).getText()).isEqualTo(
                "0 baris ditambah, 1 diubah, 0 dihapus, 3 tidak berubah. Belum ada yang disimpan.");
        assertThat(test(find(Paragraph.class).withId("pratinjau-perubahan-ke").single()).getText())
                .startsWith("Sebuah Renja periode ini sudah melewati tahap penyusunan: berkas ini akan disimpan sebagai"
                        + " Renstra Perubahan ke-1");
        assertThat(find(Paragraph.class).withId("pratinjau-halangan").exists()).isFalse();
        assertThat(dialog.terapkan.getText()).isEqualTo("Simpan sebagai Renstra Perubahan ke-1");
        // without its reason the dialog stays open and nothing is stored
        test(dialog.terapkan).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.dasar.isInvalid()).isTrue();
        assertThat(renstraService.daftar(kec.id())).extracting(r -> r.perubahanKe()).containsExactly(0);

        test(dialog.dasar).setValue("Perbup Nomor 12 Tahun 2026");
        test(dialog.terapkan).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Impor berhasil");
        assertThat(test(view.pilihVersi).getSuggestions()).hasSize(2);
        assertThat(test(view.pilihVersi).getSuggestions().get(0)).isEqualTo("Renstra 2025–2029 (awal)");
        assertThat(test(view.pilihVersi).getSuggestions().get(1)).startsWith("Perubahan ke-1 — ")
                .endsWith(" — Perbup Nomor 12 Tahun 2026 (berlaku)");
        assertThat(view.renstra.renstra().perubahanKe()).isEqualTo(1);
        assertThat(view.renstra.totalPagu().get(2026)).isEqualTo(2_250_000L);
        assertThat(find(Paragraph.class).withId("versi-hanya-lihat").exists()).isFalse();

        // the original, read-only with its own numbers
        test(view.pilihVersi).selectItem("Renstra 2025–2029 (awal)");
        assertThat(view.renstra.renstra().perubahanKe()).isZero();
        assertThat(view.renstra.totalPagu().get(2026)).isEqualTo(2_000_000L);
        assertThat(test(find(Paragraph.class).withId("versi-hanya-lihat").single()).getText())
                .startsWith("Versi ini sudah diganti oleh Renstra Perubahan ke-1 dan hanya dapat dilihat");
    }

    @Test
    @WithUserDetails("admin")
    void aChangedFileIsPreviewedRowByRowAndStoredOnlyWhenApplied() throws Exception {
        KecamatanUji k = KecamatanUji.siapkan(organisasi, akun, imporService, users, json, 2);
        KecamatanData kec = organisasi.kecamatan(k.kecamatanId());
        RenstraView view = navigate(RenstraView.class);
        byte[] berkas = ubahPagu(imporService.templateXlsx(kec.id(), 2025, 2029), "7.01.02.2.04.0002", 2026, 1_250_000);

        view.impor(kec, berkas);

        PratinjauImporDialog dialog = find(PratinjauImporDialog.class).single();
        assertThat(dialog.baris()).singleElement().satisfies(b -> {
            assertThat(b.kode()).isEqualTo("7.01.02.2.04.0002");
            assertThat(b.rincian()).isEqualTo("Pagu 2026: Rp 1.000.000 → Rp 1.250.000");
        });
        PratinjauImporDialog.TotalTahun t2026 = dialog.total.getListDataView().getItems()
                .filter(t -> t.tahun() == 2026).findFirst().orElseThrow();
        assertThat(t2026).isEqualTo(new PratinjauImporDialog.TotalTahun(2026, 2_000_000L, 2_250_000L));
        assertThat(renstraService.terbaru(kec.id()).orElseThrow().totalPagu().get(2026)).isEqualTo(2_000_000L);

        test(dialog.terapkan).click();

        assertThat(test(find(Notification.class).last()).getText()).startsWith("Impor berhasil");
        assertThat(renstraService.terbaru(kec.id()).orElseThrow().totalPagu().get(2026)).isEqualTo(2_250_000L);
    }

    private static byte[] ubahPagu(byte[] xlsx, String kode, int tahun, long pagu) throws java.io.IOException {
        try (var buku = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var keluar = new java.io.ByteArrayOutputStream()) {
            var sheet = buku.getSheet("Nomenklatur");
            int kolom = -1;
            for (var c : sheet.getRow(0)) {
                if (c.getStringCellValue().equals("Pagu " + tahun)) {
                    kolom = c.getColumnIndex();
                }
            }
            for (var row : sheet) {
                if (row.getRowNum() > 0 && kode.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(kolom).setCellValue(pagu);
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        }
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
