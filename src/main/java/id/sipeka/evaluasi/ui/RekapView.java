package id.sipeka.evaluasi.ui;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.ui.MedanKredensial;

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
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.dokumen.GrafikBatang;
import id.sipeka.evaluasi.GrafikRekap;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.evaluasi.EvaluasiData.Ringkasan;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.PemeriksaanEvaluasiService;
import id.sipeka.evaluasi.RekapDokumenService;
import id.sipeka.evaluasi.RekapEvaluasiService;
import id.sipeka.evaluasi.Tindakan;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.Tingkat;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The kecamatan's recap (Permendagri 86/2017 evaluation of Renja results) up to a quarter, filtered by unit and
 * program: each unit's averages per TW, and per program, kegiatan and sub kegiatan the Renja target, realisasi of
 * TW I–IV, cumulative realisasi, tingkat capaian and predikat. The camat signs it here when all units are signed.
 */
@Route("evaluasi/:evaluasiId/rekap")
@PageTitle("Rekap evaluasi – SIPEKA")
@PermitAll
public class RekapView extends VerticalLayout implements BeforeEnterObserver {

    private final EvaluasiQueryService evaluasi;
    private final RekapEvaluasiService rekap;
    private final RekapDokumenService dokumen;
    private final OrganisasiService organisasi;
    private final Clock clock;
    private final DokumenService tte;
    final Select<Integer> sampai = new Select<>();
    final ComboBox<UnitData> unit = new ComboBox<>(getTranslation("rekapView.unit"));
    final ComboBox<BarisRekap> program = new ComboBox<>(getTranslation("rekapView.program"));
    final Grid<RekapUnit> perUnit = new Grid<>();
    final Grid<BarisRekap> tabel = new Grid<>();
    final Paragraph status = new Paragraph();
    final HorizontalLayout grafik = new HorizontalLayout();
    final Button tandaTangan = new Button(getTranslation("rekapView.tandaTangani"));
    EvaluasiRingkas e;

    public RekapView(EvaluasiQueryService evaluasi, PemeriksaanEvaluasiService pemeriksaan, RekapEvaluasiService rekap, RekapDokumenService dokumen,
            OrganisasiService organisasi, Clock clock, DokumenService tte) {
        this.clock = clock;
        this.tte = tte;
        this.evaluasi = evaluasi;
        this.rekap = rekap;
        this.dokumen = dokumen;
        this.organisasi = organisasi;
        setSizeFull();
        sampai.setLabel(getTranslation("rekapView.sampai"));
        sampai.setItems(1, 2, 3, 4);
        sampai.setItemLabelGenerator(tw -> getTranslation("rekapView.tw", FormatIndonesia.triwulan(tw)));
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
        perUnit.addColumn(RekapUnit::unitNama).setHeader(getTranslation("rekapView.unit")).setFlexGrow(2);
        HeaderRow atasUnit = perUnit.prependHeaderRow();
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            var k = perUnit.addColumn(r -> persen(r.triwulan().get(t), true)).setHeader(getTranslation("rekapView.kinerja"))
                    .setTextAlign(ColumnTextAlign.END);
            var u = perUnit.addColumn(r -> persen(r.triwulan().get(t), false)).setHeader(getTranslation("rekapView.keuangan"))
                    .setTextAlign(ColumnTextAlign.END);
            atasUnit.join(k, u).setText(getTranslation("rekapView.tw", FormatIndonesia.triwulan(tw)));
        }
        perUnit.setAllRowsVisible(true);
        tabel.setId("rekap-grid");
        tabel.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        tabel.addColumn(BarisRekap::kode).setHeader(getTranslation("rekapView.kode")).setWidth("10rem").setFlexGrow(0);
        tabel.addColumn(BarisRekap::nama).setHeader(getTranslation("rekapView.nama")).setWidth("16rem").setFlexGrow(1);
        tabel.addColumn(BarisRekap::unitNama).setHeader(getTranslation("rekapView.unitPenanggungJawab")).setWidth("10rem")
                .setFlexGrow(0);
        tabel.addColumn(b -> LaporanTabel.angka(b.target()) + " " + LaporanTabel.teks(b.satuan()))
                .setHeader(getTranslation("rekapView.targetRenja"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        HeaderRow atas = tabel.prependHeaderRow();
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw - 1;
            var k = tabel.addColumn(b -> LaporanTabel.angka(b.realisasiTw().get(t))).setHeader(getTranslation("rekapView.k"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
            var r = tabel.addColumn(b -> LaporanTabel.rp(b.realisasiRpTw().get(t))).setHeader(getTranslation("rekapView.rp"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
            atas.join(k, r).setText(getTranslation("rekapView.tw", FormatIndonesia.triwulan(tw)));
        }
        var kk = tabel.addColumn(b -> LaporanTabel.angka(b.realisasiKumulatif())).setHeader(getTranslation("rekapView.k"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5rem").setFlexGrow(0);
        var kr = tabel.addColumn(b -> FormatIndonesia.angka(b.realisasiRpKumulatif())).setHeader(getTranslation("rekapView.rp"))
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        atas.join(kk, kr).setText(getTranslation("rekapView.realisasiKumulatif"));
        var ck = tabel.addColumn(b -> FormatIndonesia.persen(b.capaianKinerja())).setHeader(getTranslation("rekapView.k"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        var cr = tabel.addColumn(b -> FormatIndonesia.persen(b.capaianKeuangan())).setHeader(getTranslation("rekapView.rp"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        atas.join(ck, cr).setText(getTranslation("rekapView.tingkatCapaian"));
        tabel.addColumn(BarisRekap::predikat).setHeader(getTranslation("rekapView.predikat")).setWidth("8rem").setFlexGrow(0);
        tabel.setPartNameGenerator(b -> b.tingkat() == null ? "baris-jumlah" : b.tingkat() == Tingkat.PROGRAM ? "baris-program"
                : b.tingkat() == Tingkat.KEGIATAN ? "baris-kegiatan" : null);
        tandaTangan.setId("tanda-tangani-rekap");
        tandaTangan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tandaTangan.addClickListener(x -> new TandaTanganDialog(getTranslation("rekapView.dialogJudul", e.judul()),
                organisasi.kecamatan(e.kecamatanId()).ibuKota(), LocalDate.now(clock),
                MedanKredensial.jikaPerlu(tte, e.kecamatanId()), (tempat, tanggal) -> pemeriksaan.tandaTanganiRekap(e.id(), tempat, tanggal), this::muatUlang).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long evaluasiId = ParameterRute.id(event, "evaluasiId");
        muatUlang(evaluasiId);
    }

    void muatUlang() {
        muatUlang(e.id());
    }

    private void muatUlang(long evaluasiId) {
        removeAll();
        e = evaluasi.evaluasi(evaluasiId);
        add(new H2(getTranslation("rekapView.judul", e.tahun(), organisasi.kecamatan(e.kecamatanId()).nama())));
        status.setText(switch (e.status()) {
            case BERJALAN -> getTranslation("rekapView.statusBerjalan");
            case REKAP -> getTranslation("rekapView.statusRekap", FormatIndonesia.triwulan(e.triwulan()));
            case SELESAI -> getTranslation("rekapView.statusSelesai", FormatIndonesia.triwulan(e.triwulan()), e.rekapNama(),
                    e.rekapJabatan(), e.rekapTempat(), FormatIndonesia.tanggal(e.rekapTanggal()));
        });
        unit.setItems(organisasi.unit(e.kecamatanId()));
        HorizontalLayout filter = new HorizontalLayout(sampai, unit, program);
        filter.setAlignItems(Alignment.BASELINE);
        add(status, filter);
        tandaTangan.setVisible(evaluasi.tindakanRekap(e.id()).contains(Tindakan.TANDA_TANGAN_REKAP));
        add(tandaTangan, UnduhanEvaluasi.rekap(dokumen, e, false));
        if (e.triwulan() == 4) {
            add(UnduhanEvaluasi.rekap(dokumen, e, true));
        }
        add(new H3(getTranslation("rekapView.perUnit")), perUnit, grafik, new H3(getTranslation("rekapView.hasilRenja")), tabel);
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
        // the kecamatan's JUMLAH line last, computed by the service like every other line
        tabel.setItems(r.jumlah() == null ? r.baris()
                : java.util.stream.Stream.concat(r.baris().stream(), java.util.stream.Stream.of(r.jumlah())).toList());
        tampilkanGrafik(r);
    }

    /**
     * Charts of capaian kinerja and keuangan per unit (the chosen quarter) and per TW (the kecamatan), drawn on the
     * server by {@link GrafikBatang} so the same picture can go into documents.
     */
    void tampilkanGrafik(Rekap r) {
        grafik.removeAll();
        grafik.setWidthFull();
        GrafikRekap.perUnit(r).ifPresent(data -> grafik.add(grafik(data, "grafik-unit")));
        GrafikRekap.perTriwulan(r).ifPresent(data -> grafik.add(grafik(data, "grafik-triwulan")));
    }

    private static GrafikView grafik(GrafikBatang.Data data, String id) {
        GrafikView g = new GrafikView(data);
        g.setId(id);
        g.setWidth("50%");
        return g;
    }

    private static String persen(Ringkasan r, boolean kinerja) {
        if (r == null) {
            return "";
        }
        return FormatIndonesia.persen(kinerja ? r.rataKinerja() : r.capaianKeuangan());
    }
}
