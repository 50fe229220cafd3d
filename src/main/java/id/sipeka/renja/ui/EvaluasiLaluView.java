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
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * BAB II, T-C.29: the evaluation of the Renja of earlier years for this Renja's rows, columns numbered as the form.
 * Columns 6–8 come from "evaluasi tahun N−2" once its TW IV recap has been signed.
 */
@Route("renja/:renjaId/evaluasi-lalu")
@PageTitle("Evaluasi Renja tahun lalu – SIPEKA")
@PermitAll
public class EvaluasiLaluView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaQueryService renja;
    final Grid<BarisEvaluasiLalu> grid = new Grid<>();

    public EvaluasiLaluView(RenjaQueryService renja) {
        this.renja = renja;
        setSizeFull();
        grid.setId("tc29-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        var kode = grid.addColumn(BarisEvaluasiLalu::kode).setHeader(getTranslation("evaluasiLalu.k1")).setWidth("10rem")
                .setFlexGrow(0);
        var nama = grid.addColumn(BarisEvaluasiLalu::nama).setHeader(getTranslation("evaluasiLalu.k2")).setWidth("16rem")
                .setFlexGrow(1);
        var indikator = grid.addColumn(b -> teks(b.indikator()) + (b.satuan() == null ? "" : " (" + b.satuan() + ")"))
                .setHeader(getTranslation("evaluasiLalu.k3")).setWidth("14rem").setFlexGrow(1);
        var k4 = angka(b -> b.k4TargetAkhir(), getTranslation("evaluasiLalu.k4"));
        var k5 = angka(b -> b.k5RealisasiSampaiN3(), getTranslation("evaluasiLalu.k5"));
        var k6 = angka(b -> b.k6TargetN2(), getTranslation("evaluasiLalu.k6"));
        var k7 = angka(b -> b.k7RealisasiN2(), getTranslation("evaluasiLalu.k7"));
        var k8 = grid.addColumn(b -> FormatIndonesia.persen(b.k8TingkatN2())).setHeader(getTranslation("evaluasiLalu.k8"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        var k9 = angka(b -> b.k9TargetN1(), getTranslation("evaluasiLalu.k9"));
        var k10 = angka(b -> b.k10PerkiraanRealisasi(), getTranslation("evaluasiLalu.k10"));
        var k11 = grid.addColumn(b -> FormatIndonesia.persen(b.k11PerkiraanCapaian()))
                .setHeader(getTranslation("evaluasiLalu.k11")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        HeaderRow atas = grid.prependHeaderRow();
        atas.join(k6, k7, k8).setText(getTranslation("evaluasiLalu.realisasiTahunLalu"));
        atas.join(k10, k11).setText(getTranslation("evaluasiLalu.perkiraanRealisasi"));
        atas.join(kode, nama, indikator).setText("");
        atas.join(k4, k5).setText("");
        atas.getCell(k9).setText("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long renjaId = ParameterRute.id(event, "renjaId");
        RenjaRingkas r = renja.ringkas(renjaId);
        removeAll();
        add(new H2(getTranslation("evaluasiLalu.judul", r.judul())),
                new Paragraph(getTranslation("evaluasiLalu.penjelasan", r.tahun() - 2)));
        grid.setItems(denganIndikatorLain(renja.evaluasiTahunLalu(renjaId)));
        add(grid);
        setFlexGrow(1, grid);
    }

    /** Each further indicator of a sub kegiatan as a line of its own under it (target, realisasi, tingkat of N−2). */
    private List<BarisEvaluasiLalu> denganIndikatorLain(List<BarisEvaluasiLalu> baris) {
        List<BarisEvaluasiLalu> hasil = new ArrayList<>();
        for (BarisEvaluasiLalu b : baris) {
            hasil.add(b);
            for (var i : b.indikatorLain()) {
                hasil.add(new BarisEvaluasiLalu("", "", getTranslation("evaluasiLalu.indikatorKe", i.urutan(), teks(i.indikator())),
                        i.satuan(), null, null, i.k6TargetN2(), i.k7RealisasiN2(), i.k8TingkatN2(), null, null, null));
            }
        }
        return hasil;
    }

    private Grid.Column<BarisEvaluasiLalu> angka(com.vaadin.flow.function.ValueProvider<BarisEvaluasiLalu, BigDecimal> nilai, String judul) {
        return grid.addColumn(b -> nilai.apply(b) == null ? "" : FormatIndonesia.angka(nilai.apply(b))).setHeader(judul)
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
