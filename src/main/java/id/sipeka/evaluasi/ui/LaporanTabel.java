package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Ponsel;
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
        grid.addColumn(BarisLaporan::kode).setHeader(getTranslation("laporanTabel.kode")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(BarisLaporan::nama).setHeader(getTranslation("laporanTabel.subKegiatan")).setWidth("14rem").setFlexGrow(1);
        var tahunan = grid.addColumn(b -> angka(b.targetTahunan()) + " " + teks(b.satuan()))
                .setHeader(getTranslation("laporanTabel.targetTahunan"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        var tTw = kolom(b -> angka(b.targetTw()), getTranslation("laporanTabel.target"));
        var rTw = kolom(b -> angka(b.realisasiTw()), getTranslation("laporanTabel.realisasi"));
        var cTw = kolom(b -> FormatIndonesia.persen(b.capaianTw()), getTranslation("laporanTabel.capaian"));
        var cSd = kolom(b -> FormatIndonesia.persen(b.capaianSd()), getTranslation("laporanTabel.sdTw"));
        var pred = grid.addColumn(BarisLaporan::predikat).setHeader(getTranslation("laporanTabel.predikat")).setWidth("8rem")
                .setFlexGrow(0);
        var tRp = kolom(b -> rp(b.targetRpTw()), getTranslation("laporanTabel.targetRp"));
        var rRp = kolom(b -> rp(b.realisasiRpTw()), getTranslation("laporanTabel.realisasiRp"));
        var cRp = kolom(b -> FormatIndonesia.persen(b.capaianRpTw()), getTranslation("laporanTabel.capaian"));
        var sdRp = kolom(b -> FormatIndonesia.persen(b.capaianRpSd()) + (b.melebihiAnggaran() ? " ⚠" : ""),
                getTranslation("laporanTabel.sdTwAnggaran"));
        grid.addColumn(b -> teks(b.alasanKembali())).setHeader(getTranslation("laporanTabel.catatan")).setWidth("12rem")
                .setFlexGrow(1);
        Ponsel.kartuDiPonsel(grid, getTranslation("laporanTabel.subKegiatan"), b -> Ponsel.kartu(b.kode() + " " + b.nama(),
                getTranslation("laporanTabel.ponselKinerja", angka(b.targetTw()), teks(b.satuan()), angka(b.realisasiTw()),
                        FormatIndonesia.persen(b.capaianTw()), FormatIndonesia.persen(b.capaianSd()), teks(b.predikat())),
                getTranslation("laporanTabel.ponselKeuangan", rp(b.targetRpTw()), rp(b.realisasiRpTw()),
                        FormatIndonesia.persen(b.capaianRpTw()), FormatIndonesia.persen(b.capaianRpSd())),
                b.alasanKembali() == null ? null : getTranslation("laporanTabel.ponselCatatan", b.alasanKembali())));
        HeaderRow atas = grid.prependHeaderRow();
        atas.join(tTw, rTw, cTw, cSd, pred).setText(getTranslation("laporanTabel.kinerja"));
        atas.join(tRp, rRp, cRp, sdRp).setText(getTranslation("laporanTabel.keuangan"));
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
        ringkasan.setText(getTranslation("laporanTabel.ringkasan", FormatIndonesia.persen(r.rataKinerja()), r.predikatKinerja(),
                FormatIndonesia.persen(r.capaianKeuangan()), r.predikatKeuangan(), FormatIndonesia.rupiah(r.realisasiRp()),
                FormatIndonesia.rupiah(r.targetRp()), l.skala()));
    }

    private Grid.Column<BarisLaporan> kolom(com.vaadin.flow.function.ValueProvider<BarisLaporan, String> nilai, String judul) {
        return grid.addColumn(nilai).setHeader(judul).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
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

    /** The report's status in words, as the unit's screen and the sekcam's and camat's overviews show it. */
    String status(LaporanData l) {
        String status = switch (l.status()) {
            case DIISI -> getTranslation("laporanTabel.statusDiisi");
            case DIKEMBALIKAN -> getTranslation("laporanTabel.statusDikembalikan");
            case DIAJUKAN -> getTranslation("laporanTabel.statusDiajukan");
            case DIVERIFIKASI -> getTranslation("laporanTabel.statusDiverifikasi");
            case DITANDATANGANI -> getTranslation("laporanTabel.statusDitandatangani", teks(l.penandatanganJabatan()));
        };
        return l.terlambat() ? getTranslation("laporanTabel.statusTerlambat", status) : status;
    }
}
