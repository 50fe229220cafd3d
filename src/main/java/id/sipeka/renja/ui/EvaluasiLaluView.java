package id.sipeka.renja.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaService;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;

/**
 * BAB II, T-C.29: the evaluation of the Renja of earlier years for this Renja's rows, columns numbered as the form.
 * Columns 6–8 come from "evaluasi tahun N−2" once its TW IV recap has been signed.
 */
@Route("renja/:renjaId/evaluasi-lalu")
@PageTitle("Evaluasi Renja tahun lalu – SIPEKA")
@PermitAll
public class EvaluasiLaluView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaService renja;
    final Grid<BarisEvaluasiLalu> grid = new Grid<>();

    public EvaluasiLaluView(RenjaService renja) {
        this.renja = renja;
        setSizeFull();
        grid.setId("tc29-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        var kode = grid.addColumn(BarisEvaluasiLalu::kode).setHeader("(1) Kode").setWidth("10em").setFlexGrow(0);
        var nama = grid.addColumn(BarisEvaluasiLalu::nama).setHeader("(2) Program/Kegiatan/Sub Kegiatan").setWidth("16em").setFlexGrow(1);
        var indikator = grid.addColumn(b -> teks(b.indikator()) + (b.satuan() == null ? "" : " (" + b.satuan() + ")"))
                .setHeader("(3) Indikator").setWidth("14em").setFlexGrow(1);
        var k4 = angka(b -> b.k4TargetAkhir(), "(4) Target Renstra akhir periode");
        var k5 = angka(b -> b.k5RealisasiSampaiN3(), "(5) Realisasi s/d tahun n−3");
        var k6 = angka(b -> b.k6TargetN2(), "(6) Target Renja");
        var k7 = angka(b -> b.k7RealisasiN2(), "(7) Realisasi");
        var k8 = grid.addColumn(b -> FormatIndonesia.persen(b.k8TingkatN2())).setHeader("(8) Tingkat realisasi (%)")
                .setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
        var k9 = angka(b -> b.k9TargetN1(), "(9) Target Renja tahun n−1");
        var k10 = angka(b -> b.k10PerkiraanRealisasi(), "(10) Realisasi capaian");
        var k11 = grid.addColumn(b -> FormatIndonesia.persen(b.k11PerkiraanCapaian())).setHeader("(11) Tingkat capaian (%)")
                .setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
        HeaderRow atas = grid.prependHeaderRow();
        atas.join(k6, k7, k8).setText("Realisasi target kinerja tahun lalu (n−2)");
        atas.join(k10, k11).setText("Perkiraan realisasi capaian target Renstra s/d tahun n−1");
        atas.join(kode, nama, indikator).setText("");
        atas.join(k4, k5).setText("");
        atas.getCell(k9).setText("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long renjaId = event.getRouteParameters().getLong("renjaId").orElse(0L);
        RenjaRingkas r = renja.ringkas(renjaId);
        removeAll();
        add(new H2("BAB II – Evaluasi pelaksanaan Renja tahun lalu – " + r.judul()),
                new Paragraph("Tahun lalu (n−2) = " + (r.tahun() - 2) + ", diambil dari evaluasi tahun " + (r.tahun() - 2)
                        + " yang tersimpan saat rekap TW IV ditandatangani camat. Kolom kosong: belum ada evaluasi tersimpan."));
        grid.setItems(renja.evaluasiTahunLalu(renjaId));
        add(grid);
        setFlexGrow(1, grid);
    }

    private Grid.Column<BarisEvaluasiLalu> angka(com.vaadin.flow.function.ValueProvider<BarisEvaluasiLalu, BigDecimal> nilai, String judul) {
        return grid.addColumn(b -> nilai.apply(b) == null ? "" : FormatIndonesia.angka(nilai.apply(b))).setHeader(judul)
                .setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
