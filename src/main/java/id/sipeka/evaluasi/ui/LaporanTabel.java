package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import java.math.BigDecimal;

/**
 * A unit's report as a table: each sub kegiatan's quarter target beside its realisasi and capaian, the year so far
 * against the annual target, and the same for money; the averages under it. Every figure comes computed from the
 * service; this only formats it.
 */
class LaporanTabel extends VerticalLayout {

    final Grid<BarisLaporan> grid = new Grid<>();
    final Paragraph ringkasan = new Paragraph();

    LaporanTabel() {
        setPadding(false);
        setSizeFull();
        grid.setId("laporan-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(BarisLaporan::kode).setHeader("Kode").setWidth("10em").setFlexGrow(0);
        grid.addColumn(BarisLaporan::nama).setHeader("Sub kegiatan").setWidth("14em").setFlexGrow(1);
        var tahunan = grid.addColumn(b -> angka(b.targetTahunan()) + " " + teks(b.satuan())).setHeader("Target tahunan")
                .setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
        var tTw = kolom(b -> angka(b.targetTw()), "Target");
        var rTw = kolom(b -> angka(b.realisasiTw()), "Realisasi");
        var cTw = kolom(b -> FormatIndonesia.persen(b.capaianTw()), "Capaian");
        var cSd = kolom(b -> FormatIndonesia.persen(b.capaianSd()), "s.d. TW");
        var pred = grid.addColumn(BarisLaporan::predikat).setHeader("Predikat").setWidth("8em").setFlexGrow(0);
        var tRp = kolom(b -> rp(b.targetRpTw()), "Target Rp");
        var rRp = kolom(b -> rp(b.realisasiRpTw()), "Realisasi Rp");
        var cRp = kolom(b -> FormatIndonesia.persen(b.capaianRpTw()), "Capaian");
        var sdRp = kolom(b -> FormatIndonesia.persen(b.capaianRpSd()) + (b.melebihiAnggaran() ? " ⚠" : ""), "s.d. TW / anggaran");
        grid.addColumn(b -> teks(b.alasanKembali())).setHeader("Catatan pengembalian").setWidth("12em").setFlexGrow(1);
        HeaderRow atas = grid.prependHeaderRow();
        atas.join(tTw, rTw, cTw, cSd, pred).setText("Kinerja triwulan ini");
        atas.join(tRp, rRp, cRp, sdRp).setText("Keuangan triwulan ini");
        atas.getCell(tahunan).setText("");
        grid.setPartNameGenerator(b -> b.alasanKembali() != null ? "dikembalikan" : b.melebihiAnggaran() ? "melebihi" : null);
        ringkasan.setId("ringkasan-laporan");
        add(grid, ringkasan);
        setFlexGrow(1, grid);
    }

    void tampilkan(LaporanData l) {
        grid.setItems(l.baris());
        grid.getDataProvider().refreshAll();
        var r = l.ringkasan();
        ringkasan.setText("Rata-rata capaian kinerja: " + FormatIndonesia.persen(r.rataKinerja()) + " (" + r.predikatKinerja()
                + "). Capaian keuangan: " + FormatIndonesia.persen(r.capaianKeuangan()) + " (" + r.predikatKeuangan() + ") = "
                + FormatIndonesia.rupiah(r.realisasiRp()) + " dari " + FormatIndonesia.rupiah(r.targetRp())
                + ". Skala predikat: " + l.skala() + ".");
    }

    private Grid.Column<BarisLaporan> kolom(com.vaadin.flow.function.ValueProvider<BarisLaporan, String> nilai, String judul) {
        return grid.addColumn(nilai).setHeader(judul).setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
    }

    static String angka(BigDecimal v) {
        return v == null ? "" : FormatIndonesia.angka(v);
    }

    static String rp(Long v) {
        return v == null ? "" : FormatIndonesia.angka(v);
    }

    static String teks(String s) {
        return s == null ? "" : s;
    }

    static String status(LaporanData l) {
        return switch (l.status()) {
            case DIISI -> "sedang diisi unit";
            case DIKEMBALIKAN -> "dikembalikan untuk diperbaiki";
            case DIAJUKAN -> "diajukan, menunggu verifikasi sekcam";
            case DIVERIFIKASI -> "diverifikasi sekcam, menunggu tanda tangan camat";
            case DITANDATANGANI -> "ditandatangani " + teks(l.penandatanganJabatan());
        } + (l.terlambat() ? " (terlambat)" : "");
    }
}
