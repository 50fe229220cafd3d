package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.base.ui.PanelAlurProses;
import id.sipeka.evaluasi.EvaluasiData.BarisMatriks;
import id.sipeka.evaluasi.EvaluasiData.EvaluasiRingkas;
import id.sipeka.evaluasi.EvaluasiData.SelMatriks;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.ImporLraService;
import id.sipeka.evaluasi.ImporLraService.HasilLra;
import id.sipeka.evaluasi.PratinjauLra;
import id.sipeka.evaluasi.PembukaanEvaluasiService;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.MasalahImpor;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The quarterly evaluations of a kecamatan: each quarter with its status and the way to the screen of one's role,
 * the sekcam's start button, the selected quarter's process with every unit's open step, and the completeness matrix
 * of all units × TW I–IV with status and lateness. While a quarter runs, its sekcam can prefill the units' realisasi
 * keuangan from the finance office's LRA (preview first, see {@link PratinjauLraDialog}).
 */
@Route("evaluasi")
@PageTitle("Evaluasi triwulan – SIPEKA")
@Menu(order = 25, title = "menu.evaluasi", icon = "vaadin:chart")
@PermitAll
public class EvaluasiView extends VerticalLayout {

    private final EvaluasiQueryService evaluasi;
    private final ImporLraService imporLra;
    private final BatasUnggah batas;
    private final Clock clock;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>(getTranslation("umum.pilihKecamatan"));
    final Select<Integer> tahun = new Select<>();
    final Select<Integer> triwulan = new Select<>();
    final Button mulai = new Button(getTranslation("evaluasiView.mulai"));
    final Grid<EvaluasiRingkas> daftar = new Grid<>();
    final Grid<BarisMatriks> matriks = new Grid<>();
    final HorizontalLayout tautan = new HorizontalLayout();
    /** The selected quarter's process, every unit's open step highlighted. */
    final Div alur = new Div();

    public EvaluasiView(EvaluasiQueryService evaluasi, PembukaanEvaluasiService pembukaan, OrganisasiService organisasi,
            ImporLraService imporLra, BatasUnggah batas, Clock clock) {
        this.clock = clock;
        this.evaluasi = evaluasi;
        this.imporLra = imporLra;
        this.batas = batas;
        add(new H2(getTranslation("evaluasiView.judul")));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        int tahunIni = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("evaluasiView.tahun"));
        tahun.setItems(IntStream.rangeClosed(tahunIni - 3, tahunIni + 3).boxed().toList());
        tahun.setValue(tahunIni);
        triwulan.setLabel(getTranslation("evaluasiView.triwulan"));
        triwulan.setItems(1, 2, 3, 4);
        triwulan.setItemLabelGenerator(tw -> getTranslation("evaluasiView.tw", FormatIndonesia.triwulan(tw)));
        triwulan.setValue(1);
        mulai.setId("mulai-evaluasi");
        mulai.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mulai.addClickListener(e -> {
            try {
                pembukaan.mulai(kecamatan.getValue().id(), tahun.getValue(), triwulan.getValue());
                Notifikasi.sukses(getTranslation("evaluasiView.dimulai", FormatIndonesia.triwulan(triwulan.getValue()),
                        tahun.getValue()));
                muat();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        daftar.setId("evaluasi-grid");
        daftar.addThemeVariants(GridVariant.LUMO_COMPACT);
        daftar.addColumn(EvaluasiRingkas::judul).setHeader(getTranslation("evaluasiView.kolomEvaluasi"));
        daftar.addColumn(e -> switch (e.status()) {
            case BERJALAN -> getTranslation("evaluasiView.statusBerjalan");
            case REKAP -> getTranslation("evaluasiView.statusRekap");
            case SELESAI -> getTranslation("evaluasiView.statusSelesai", e.rekapJabatan());
        }).setHeader(getTranslation("evaluasiView.kolomStatus")).setFlexGrow(2);
        daftar.addColumn(e -> FormatIndonesia.tanggal(e.batas())).setHeader(getTranslation("evaluasiView.kolomBatas"));
        daftar.setAllRowsVisible(true);
        daftar.asSingleSelect().addValueChangeListener(e -> tautan(e.getValue()));
        matriks.setId("matriks-grid");
        matriks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        matriks.addColumn(BarisMatriks::unitNama).setHeader(getTranslation("evaluasiView.kolomUnit")).setFlexGrow(2);
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            matriks.addComponentColumn(b -> lencana(b.triwulan().get(t)))
                    .setHeader(getTranslation("evaluasiView.tw", FormatIndonesia.triwulan(tw))).setFlexGrow(1);
        }
        matriks.setAllRowsVisible(true);
        matriks.setEmptyStateText(getTranslation("evaluasiView.matriksKosong"));
        kecamatan.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
        HorizontalLayout pilihan = new HorizontalLayout(kecamatan, tahun, triwulan, mulai);
        pilihan.setAlignItems(Alignment.BASELINE);
        pilihan.setWrap(true);
        alur.setWidthFull();
        add(pilihan, daftar, tautan, alur, new H3(getTranslation("evaluasiView.kelengkapan")), legenda(), matriks);
        terlihat.stream().findFirst().ifPresent(kecamatan::setValue);
    }

    private void muat() {
        KecamatanData k = kecamatan.getValue();
        if (k == null || tahun.getValue() == null) {
            return;
        }
        boolean sekcam = evaluasi.sekcamDi(k.id());
        mulai.setVisible(sekcam);
        triwulan.setVisible(sekcam);
        List<EvaluasiRingkas> semua = evaluasi.daftar(k.id()).stream().filter(e -> e.tahun() == tahun.getValue()).toList();
        daftar.setItems(semua);
        // offer the first quarter of the year not started yet (not TW I when it is already running)
        IntStream.rangeClosed(1, 4).filter(tw -> semua.stream().noneMatch(e -> e.triwulan() == tw)).findFirst()
                .ifPresentOrElse(triwulan::setValue, () -> mulai.setVisible(false));
        matriks.setItems(evaluasi.matriks(k.id(), tahun.getValue()));
        tautan.removeAll();
        alur.removeAll();
        semua.stream().findFirst().ifPresent(daftar::select);
    }

    private void tautan(EvaluasiRingkas e) {
        tautan.removeAll();
        alur.removeAll();
        if (e == null) {
            return;
        }
        evaluasi.alurProses(e.id()).ifPresent(d -> {
            PanelAlurProses panel = new PanelAlurProses(d);
            panel.setId("alur-evaluasi");
            alur.add(panel);
        });
        if (evaluasi.unitSaya(e.id()).isPresent()) {
            tautan.add(tombol(getTranslation("evaluasiView.laporanSaya"), "evaluasi/" + e.id() + "/laporan", "buka-laporan"));
        }
        if (evaluasi.sekcamDi(e.kecamatanId())) {
            tautan.add(tombol(getTranslation("evaluasiView.verifikasi"), "evaluasi/" + e.id() + "/verifikasi",
                    "buka-verifikasi"));
        }
        if (evaluasi.camatDi(e.kecamatanId())) {
            tautan.add(tombol(getTranslation("evaluasiView.tandaTangan"), "evaluasi/" + e.id() + "/tandatangan",
                    "buka-tandatangan"));
        }
        tautan.add(tombol(getTranslation("evaluasiView.rekap"), "evaluasi/" + e.id() + "/rekap", "buka-rekap"));
        if (imporLra.boleh(e.id())) {
            // an LRA is a spreadsheet like the Renstra's import, and bounded by the same limit
            Upload lra = UnggahanTerbatas.keMemori(batas.imporRenstra().toBytes(), (nama, data) -> pratinjauLra(e, data))
                    .pasangPada(new Upload());
            lra.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            lra.setUploadButton(new Button(getTranslation("lra.impor")));
            lra.setDropAllowed(false);
            lra.setId("impor-lra");
            tautan.add(lra);
        }
    }

    /** An uploaded LRA is first shown as a preview; the units' reports are filled only when the sekcam confirms. */
    void pratinjauLra(EvaluasiRingkas e, byte[] data) {
        try {
            PratinjauLra p = imporLra.pratinjau(e.id(), data);
            new PratinjauLraDialog(p, () -> terapkanLra(e, data, p.sidik())).open();
        } catch (ImporDitolakException ex) {
            // a file that cannot be read at all: say why, not only that it was refused
            Notifikasi.gagal(ex.getMessage() + " " + ex.masalah().stream().map(MasalahImpor::toString)
                    .collect(Collectors.joining("; ")));
        } catch (RuntimeException ex) {
            Notifikasi.gagal(ex);
        }
    }

    void terapkanLra(EvaluasiRingkas e, byte[] data, String sidik) {
        try {
            HasilLra hasil = imporLra.terapkan(e.id(), data, sidik);
            Notifikasi.sukses(getTranslation("lra.berhasil", hasil.baris(), hasil.laporan()));
            matriks.setItems(evaluasi.matriks(e.kecamatanId(), e.tahun()));
        } catch (RuntimeException ex) {
            Notifikasi.gagal(ex);
        }
    }

    private Button tombol(String teks, String rute, String id) {
        Button b = new Button(teks, ev -> getUI().ifPresent(ui -> ui.navigate(rute)));
        b.setId(id);
        return b;
    }

    /** A matrix cell: the report's state as a coloured badge (the legend above the matrix says which is which). */
    private Span lencana(SelMatriks s) {
        if (s == null) {
            return new Span("–");
        }
        Span sel = new Span(switch (s.status()) {
            case DIISI -> getTranslation("evaluasiView.selDiisi", s.barisTerisi(), s.jumlahBaris());
            default -> getTranslation("evaluasiView.sel." + s.status().name());
        });
        sel.getElement().getThemeList().add(TEMA.get(s.status()));
        if (!s.terlambat()) {
            return sel;
        }
        Span lambat = new Span(getTranslation("evaluasiView.selTerlambat"));
        lambat.getElement().getThemeList().add("badge error primary small");
        Span keduanya = new Span(sel, new Span(" "), lambat);
        keduanya.addClassName("sel-matriks");
        return keduanya;
    }

    private Div legenda() {
        Div legenda = new Div(new Span(getTranslation("evaluasiView.legenda")));
        legenda.setId("legenda-matriks");
        legenda.addClassName("legenda");
        for (StatusLaporan st : StatusLaporan.values()) {
            Span l = new Span(getTranslation(st == StatusLaporan.DIISI ? "evaluasiView.legendaDiisi" : "evaluasiView.sel." + st.name()));
            l.getElement().getThemeList().add(TEMA.get(st));
            legenda.add(l);
        }
        Span lambat = new Span(getTranslation("evaluasiView.selTerlambat"));
        lambat.getElement().getThemeList().add("badge error primary small");
        legenda.add(lambat);
        return legenda;
    }

    /** Lumo badge themes per state: grey while filled, red when returned, blue when waiting, green when signed. */
    private static final Map<StatusLaporan, String> TEMA = Map.of(
            StatusLaporan.DIISI, "badge contrast",
            StatusLaporan.DIKEMBALIKAN, "badge error",
            StatusLaporan.DIAJUKAN, "badge",
            StatusLaporan.DIVERIFIKASI, "badge primary",
            StatusLaporan.DITANDATANGANI, "badge success");
}
