package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.Capaian;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.GrafikCapaian;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import id.sipeka.evaluasi.EvaluasiService;
import id.sipeka.evaluasi.RekapEvaluasiService;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.Tingkat;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The kecamatan's recap (Permendagri 86/2017 evaluation of Renja results) up to a quarter, filtered by unit and
 * program: each unit's averages per TW, and per program, kegiatan and sub kegiatan the Renja target, realisasi of
 * TW I–IV, cumulative realisasi, tingkat capaian and predikat. The camat signs it here when all units are signed.
 */
@Route("evaluasi/:evaluasiId/rekap")
@PageTitle("Rekap evaluasi – SIPEKA")
@PermitAll
public class RekapView extends VerticalLayout implements BeforeEnterObserver {

    private final EvaluasiService evaluasi;
    private final RekapEvaluasiService rekap;
    private final OrganisasiService organisasi;
    final Select<Integer> sampai = new Select<>();
    final ComboBox<UnitData> unit = new ComboBox<>("Unit");
    final ComboBox<BarisRekap> program = new ComboBox<>("Program");
    final Grid<RekapUnit> perUnit = new Grid<>();
    final Grid<BarisRekap> tabel = new Grid<>();
    final Paragraph status = new Paragraph();
    final HorizontalLayout grafik = new HorizontalLayout();
    final Button tandaTangan = new Button("Tanda tangani rekap…");
    EvaluasiRingkas e;

    public RekapView(EvaluasiService evaluasi, RekapEvaluasiService rekap, OrganisasiService organisasi) {
        this.evaluasi = evaluasi;
        this.rekap = rekap;
        this.organisasi = organisasi;
        setSizeFull();
        sampai.setLabel("Sampai triwulan");
        sampai.setItems(1, 2, 3, 4);
        sampai.setItemLabelGenerator(tw -> "TW " + FormatIndonesia.triwulan(tw));
        unit.setItemLabelGenerator(UnitData::nama);
        unit.setClearButtonVisible(true);
        program.setItemLabelGenerator(p -> p.kode() + " " + p.nama());
        program.setClearButtonVisible(true);
        program.setWidth("28em");
        sampai.addValueChangeListener(x -> muat());
        unit.addValueChangeListener(x -> muat());
        program.addValueChangeListener(x -> muat());
        status.setId("status-rekap");
        perUnit.setId("rekap-unit-grid");
        perUnit.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        perUnit.addColumn(RekapUnit::unitNama).setHeader("Unit").setFlexGrow(2);
        HeaderRow atasUnit = perUnit.prependHeaderRow();
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            var k = perUnit.addColumn(r -> persen(r.triwulan().get(t), true)).setHeader("Kinerja").setTextAlign(ColumnTextAlign.END);
            var u = perUnit.addColumn(r -> persen(r.triwulan().get(t), false)).setHeader("Keuangan").setTextAlign(ColumnTextAlign.END);
            atasUnit.join(k, u).setText("TW " + FormatIndonesia.triwulan(tw));
        }
        perUnit.setAllRowsVisible(true);
        tabel.setId("rekap-grid");
        tabel.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        tabel.addColumn(BarisRekap::kode).setHeader("Kode").setWidth("10em").setFlexGrow(0);
        tabel.addColumn(BarisRekap::nama).setHeader("Program / Kegiatan / Sub Kegiatan").setWidth("16em").setFlexGrow(1);
        tabel.addColumn(BarisRekap::unitNama).setHeader("Unit penanggung jawab").setWidth("10em").setFlexGrow(0);
        tabel.addColumn(b -> LaporanTabel.angka(b.target()) + " " + LaporanTabel.teks(b.satuan())).setHeader("Target Renja")
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0);
        HeaderRow atas = tabel.prependHeaderRow();
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw - 1;
            var k = tabel.addColumn(b -> LaporanTabel.angka(b.realisasiTw().get(t))).setHeader("K").setTextAlign(ColumnTextAlign.END)
                    .setWidth("5em").setFlexGrow(0);
            var r = tabel.addColumn(b -> LaporanTabel.rp(b.realisasiRpTw().get(t))).setHeader("Rp").setTextAlign(ColumnTextAlign.END)
                    .setWidth("8em").setFlexGrow(0);
            atas.join(k, r).setText("TW " + FormatIndonesia.triwulan(tw));
        }
        var kk = tabel.addColumn(b -> LaporanTabel.angka(b.realisasiKumulatif())).setHeader("K").setTextAlign(ColumnTextAlign.END)
                .setWidth("5em").setFlexGrow(0);
        var kr = tabel.addColumn(b -> FormatIndonesia.angka(b.realisasiRpKumulatif())).setHeader("Rp").setTextAlign(ColumnTextAlign.END)
                .setWidth("9em").setFlexGrow(0);
        atas.join(kk, kr).setText("Realisasi kumulatif");
        var ck = tabel.addColumn(b -> FormatIndonesia.persen(b.capaianKinerja())).setHeader("K").setTextAlign(ColumnTextAlign.END)
                .setWidth("6em").setFlexGrow(0);
        var cr = tabel.addColumn(b -> FormatIndonesia.persen(b.capaianKeuangan())).setHeader("Rp").setTextAlign(ColumnTextAlign.END)
                .setWidth("6em").setFlexGrow(0);
        atas.join(ck, cr).setText("Tingkat capaian");
        tabel.addColumn(BarisRekap::predikat).setHeader("Predikat").setWidth("8em").setFlexGrow(0);
        tabel.setPartNameGenerator(b -> b.tingkat() == Tingkat.PROGRAM ? "program" : b.tingkat() == Tingkat.KEGIATAN ? "kegiatan" : null);
        tandaTangan.setId("tanda-tangani-rekap");
        tandaTangan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tandaTangan.addClickListener(x -> new TandaTanganDialog("Tanda tangani rekap " + e.judul(),
                (tempat, tanggal) -> rekap.tandaTanganiRekap(e.id(), tempat, tanggal), this::muatUlang).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long evaluasiId = event.getRouteParameters().getLong("evaluasiId").orElse(0L);
        muatUlang(evaluasiId);
    }

    void muatUlang() {
        muatUlang(e.id());
    }

    private void muatUlang(long evaluasiId) {
        removeAll();
        e = evaluasi.evaluasi(evaluasiId);
        add(new H2("Rekap evaluasi " + e.tahun() + " – Kecamatan " + organisasi.kecamatan(e.kecamatanId()).nama()));
        status.setText(switch (e.status()) {
            case BERJALAN -> "Unit masih melapor; rekap memuat laporan yang sudah ditandatangani camat.";
            case REKAP -> "Semua laporan unit TW " + FormatIndonesia.triwulan(e.triwulan()) + " ditandatangani; rekap menunggu tanda tangan camat.";
            case SELESAI -> "Rekap TW " + FormatIndonesia.triwulan(e.triwulan()) + " ditandatangani " + e.rekapNama() + " (" + e.rekapJabatan()
                    + "), " + e.rekapTempat() + ", " + FormatIndonesia.tanggal(e.rekapTanggal()) + ".";
        });
        unit.setItems(organisasi.unit(e.kecamatanId()));
        HorizontalLayout filter = new HorizontalLayout(sampai, unit, program);
        filter.setAlignItems(Alignment.BASELINE);
        add(status, filter);
        tandaTangan.setVisible(evaluasi.bolehTandaTanganRekap(e.id()));
        add(tandaTangan, new H3("Rata-rata capaian per unit (terhadap target triwulan)"), perUnit, grafik,
                new H3("Evaluasi hasil Renja (terhadap target tahunan)"), tabel);
        setFlexGrow(1, tabel);
        Rekap semua = rekap.rekap(e.kecamatanId(), e.tahun(), 4, null, null);
        program.setItems(semua.baris().stream().filter(b -> b.tingkat() == Tingkat.PROGRAM).toList());
        if (sampai.getValue() == null || sampai.getValue() != e.triwulan()) {
            sampai.setValue(e.triwulan());
        } else {
            muat();
        }
    }

    private void muat() {
        if (e == null || sampai.getValue() == null) {
            return;
        }
        Rekap r = rekap.rekap(e.kecamatanId(), e.tahun(), sampai.getValue(), unit.getValue() == null ? null : unit.getValue().id(),
                program.getValue() == null ? null : program.getValue().kode());
        perUnit.setItems(r.unit());
        tabel.setItems(r.baris());
        tampilkanGrafik(r);
    }

    /**
     * Charts of capaian kinerja and keuangan per unit (the chosen quarter) and per TW (the kecamatan), drawn on the
     * server by {@link GrafikCapaian} so the same picture can go into documents.
     */
    void tampilkanGrafik(Rekap r) {
        grafik.removeAll();
        int tw = r.sampaiTriwulan();
        List<String> unitNama = r.unit().stream().map(RekapUnit::unitNama).toList();
        List<Ringkasan> perUnitTw = r.unit().stream().map(u -> u.triwulan().get(tw)).toList();
        GrafikView perUnitGrafik = new GrafikView(new GrafikCapaian.Data("Capaian per unit TW " + FormatIndonesia.triwulan(tw),
                unitNama, List.of(new GrafikCapaian.Seri("Capaian kinerja", perUnitTw.stream().map(x -> x == null ? null : x.rataKinerja()).toList()),
                        new GrafikCapaian.Seri("Capaian keuangan", perUnitTw.stream().map(x -> x == null ? null : x.capaianKeuangan()).toList()))));
        List<String> triwulan = new ArrayList<>();
        List<BigDecimal> kinerja = new ArrayList<>();
        List<BigDecimal> keuangan = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int t = i;
            List<Ringkasan> semua = r.unit().stream().map(u -> u.triwulan().get(t)).filter(Objects::nonNull).toList();
            triwulan.add("TW " + FormatIndonesia.triwulan(i));
            // the kecamatan: mean of the units' averages; money as the ratio of all units' sums
            kinerja.add(Capaian.rataRata(semua.stream().map(Ringkasan::rataKinerja).toList()));
            keuangan.add(Capaian.keuanganKelompok(semua.stream().map(Ringkasan::targetRp).toList(),
                    semua.stream().map(Ringkasan::realisasiRp).toList()));
        }
        GrafikView perTwGrafik = new GrafikView(new GrafikCapaian.Data("Capaian kecamatan per triwulan", triwulan,
                List.of(new GrafikCapaian.Seri("Capaian kinerja", kinerja), new GrafikCapaian.Seri("Capaian keuangan", keuangan))));
        perUnitGrafik.setId("grafik-unit");
        perTwGrafik.setId("grafik-triwulan");
        perUnitGrafik.setWidth("50%");
        perTwGrafik.setWidth("50%");
        grafik.setWidthFull();
        grafik.add(perUnitGrafik, perTwGrafik);
    }

    private static String persen(Ringkasan r, boolean kinerja) {
        if (r == null) {
            return "";
        }
        return FormatIndonesia.persen(kinerja ? r.rataKinerja() : r.capaianKeuangan());
    }
}
