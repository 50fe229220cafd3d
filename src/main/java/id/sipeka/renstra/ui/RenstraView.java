package id.sipeka.renstra.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraIsi;
import id.sipeka.renstra.AktivitasRenstraService;
import id.sipeka.renstra.EksporSipdRenstraService;
import id.sipeka.renstra.HasilImpor;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.PratinjauImpor;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.RenstraData.BarisTujuanSasaran;
import id.sipeka.renstra.RenstraData.RenstraLengkap;
import id.sipeka.renstra.RenstraData.RenstraRingkas;
import id.sipeka.renstra.RenstraService;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Optional;

/**
 * The Renstra as a tree (program → kegiatan → sub kegiatan) with target and pagu per year. Program and kegiatan
 * pagu, the year totals and the period total are computed by the service from the sub kegiatan. A period with Renstra
 * Perubahan gets a version selector: the version in force is shown (and edited) as before, every older version read-only
 * with its own numbers. For a kabupaten that plans Aktivitas, each sub kegiatan's Aktivitas are shown under its row.
 */
@Route("renstra")
@Menu(order = 10, title = "menu.renstra", icon = "vaadin:sitemap")
@PermitAll
public class RenstraView extends VerticalLayout implements HasDynamicTitle {

    private final RenstraService renstraService;
    private final ImporRenstraService imporService;
    private final EksporSipdRenstraService eksporSipd;
    private final AktivitasRenstraService aktivitasService;
    private final OrganisasiService organisasi;
    private final BatasUnggah batas;
    private final Clock clock;
    private final ComboBox<KecamatanData> pilihKecamatan = new ComboBox<>();
    private final VerticalLayout isi = new VerticalLayout();
    private final VerticalLayout isiVersi = new VerticalLayout();
    /** The versions of the period shown; only when it has a Renstra Perubahan. */
    final Select<RenstraRingkas> pilihVersi = new Select<>();
    private KecamatanData kecamatanTampil;
    private List<RenstraRingkas> versiTampil = List.of();
    private boolean mengisiVersi;
    final TreeGrid<BarisRenstra> grid = new TreeGrid<>();
    final Paragraph ringkasan = new Paragraph();
    RenstraLengkap renstra;
    /** The Aktivitas of the version shown; null where the kabupaten does not plan them. */
    AktivitasRenstraIsi aktivitas;

    public RenstraView(RenstraService renstraService, ImporRenstraService imporService,
            EksporSipdRenstraService eksporSipd, AktivitasRenstraService aktivitasService, OrganisasiService organisasi,
            BatasUnggah batas, Clock clock) {
        this.clock = clock;
        this.eksporSipd = eksporSipd;
        this.aktivitasService = aktivitasService;
        this.imporService = imporService;
        this.batas = batas;
        this.renstraService = renstraService;
        this.organisasi = organisasi;
        setSizeFull();
        add(new H2(getTranslation("renstra.judul")));

        List<KecamatanData> kecamatan = organisasi.kecamatanTerlihat();
        pilihKecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        pilihKecamatan.setItems(kecamatan);
        pilihKecamatan.setItemLabelGenerator(KecamatanData::nama);
        pilihKecamatan.setVisible(kecamatan.size() > 1);
        pilihKecamatan.addValueChangeListener(e -> tampilkan(e.getValue()));
        isi.setPadding(false);
        isi.setSizeFull();
        ringkasan.setId("ringkasan-total");
        isiVersi.setPadding(false);
        isiVersi.setSizeFull();
        pilihVersi.setId("pilih-versi-renstra");
        pilihVersi.setLabel(getTranslation("renstra.versi"));
        pilihVersi.setItemLabelGenerator(this::labelVersi);
        pilihVersi.setWidth("min(40em, 90vw)");
        pilihVersi.addValueChangeListener(e -> {
            if (!mengisiVersi && e.getValue() != null) {
                tampilkanVersi(kecamatanTampil, renstraService.lengkap(e.getValue().id()), versiTampil);
            }
        });
        // a sub kegiatan's Aktivitas under its row, open from the start (a click on the row does not close them)
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::rincianAktivitas));
        grid.setDetailsVisibleOnClick(false);
        add(pilihKecamatan, isi);
        if (!kecamatan.isEmpty()) {
            pilihKecamatan.setValue(kecamatan.getFirst());
        }
    }

    private void tampilkan(KecamatanData kecamatan) {
        isi.removeAll();
        if (kecamatan == null) {
            return;
        }
        Optional<RenstraLengkap> ada = renstraService.terbaru(kecamatan.id());
        isi.add(tombol(kecamatan, ada.map(r -> r.renstra().tahunAwal()).orElse(null),
                ada.map(r -> r.renstra().tahunAkhir()).orElse(null)));
        // every reader of the kecamatan may take the Renstra to SIPD; the sekcam imports such a file like the template
        ada.ifPresent(r -> isi.add(unduhSipd(kecamatan, r)));
        if (ada.isEmpty()) {
            isi.add(new Paragraph(getTranslation("renstra.belumAda")));
            return;
        }
        List<RenstraRingkas> versi = renstraService.versi(ada.get().renstra().id());
        isiVersi.removeAll();
        if (versi.size() > 1) {
            kecamatanTampil = kecamatan;
            versiTampil = versi;
            mengisiVersi = true; // the version in force was read above: no second read for this setValue
            pilihVersi.setItems(versi);
            pilihVersi.setValue(versi.stream().filter(RenstraRingkas::berlaku).findFirst().orElse(versi.getLast()));
            mengisiVersi = false;
            isi.add(pilihVersi);
        }
        isi.add(isiVersi);
        isi.setFlexGrow(1, isiVersi);
        tampilkanVersi(kecamatan, ada.get(), versi);
    }

    /** One version of the period: the one in force as always, an older one read-only. */
    void tampilkanVersi(KecamatanData kecamatan, RenstraLengkap dipilih, List<RenstraRingkas> versi) {
        isiVersi.removeAll();
        renstra = dipilih;
        if (!renstra.renstra().berlaku()) {
            int berlaku = versi.stream().filter(RenstraRingkas::berlaku).mapToInt(RenstraRingkas::perubahanKe).findFirst()
                    .orElse(renstra.renstra().perubahanKe() + 1);
            Paragraph lama = new Paragraph(getTranslation("renstra.versiHanyaLihat", berlaku));
            lama.setId("versi-hanya-lihat");
            isiVersi.add(lama);
        }
        int awal = renstra.renstra().tahunAwal();
        int akhir = renstra.renstra().tahunAkhir();
        ringkasan.setText(getTranslation("renstra.total", awal, FormatIndonesia.rupiah(renstra.totalPagu().getOrDefault(awal, 0L)),
                renstra.renstra().periode(), FormatIndonesia.rupiah(renstra.totalPeriode())));
        isiVersi.add(new H3("Renstra " + renstra.renstra().periode() + " – Kecamatan " + kecamatan.nama()), ringkasan);
        susunGrid(kecamatan, awal, akhir);
        isiVersi.add(grid);
        isiVersi.setFlexGrow(1, grid);
        isiVersi.add(new H3(getTranslation("renstra.tujuanSasaran")), tujuanSasaran(awal, akhir));
    }

    /** "Renstra 2025–2029 (awal)", "Perubahan ke-1 — 12 Des 2026 — Perbup …", the one in force marked. */
    private String labelVersi(RenstraRingkas v) {
        String label = v.perubahan()
                ? getTranslation("renstra.versiPerubahan", v.perubahanKe(),
                        v.dibuatPada() == null ? "–" : FormatIndonesia.tanggal(v.dibuatPada(), clock.getZone()),
                        v.dasar() == null ? "–" : v.dasar())
                : getTranslation("renstra.versiAwal", v.periode());
        return v.berlaku() ? getTranslation("renstra.versiBerlaku", label) : label;
    }

    /**
     * The template and the upload. With a Renstra the template is its period, filled; without one the sekcam picks the
     * period first (a transition Renstra runs 3 or 4 years).
     */
    private Component tombol(KecamatanData kecamatan, Integer awalRenstra, Integer akhirRenstra) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (!renstraService.bolehKelola(kecamatan.id())) {
            return bar;
        }
        ComboBox<Integer> tahunAwal = new ComboBox<>(getTranslation("renstra.tahunAwal"));
        ComboBox<Integer> lama = new ComboBox<>(getTranslation("renstra.lamaPeriode"));
        // the download runs outside the UI lock: it reads the chosen period from here, not from the fields
        AtomicIntegerArray periode = new AtomicIntegerArray(
                new int[] {Year.now().getValue(), 5});
        if (awalRenstra == null) {
            int sekarang = Year.now().getValue();
            tahunAwal.setItems(IntStream.rangeClosed(sekarang - 3, sekarang + 2).boxed().toList());
            tahunAwal.setItemLabelGenerator(String::valueOf);
            tahunAwal.setValue(sekarang);
            tahunAwal.setId("templat-tahun-awal");
            lama.setItems(3, 4, 5);
            lama.setItemLabelGenerator(n -> getTranslation("renstra.lamaTahun", n));
            lama.setValue(5);
            lama.setId("templat-lama");
            tahunAwal.setAllowCustomValue(false);
            lama.setAllowCustomValue(false);
            tahunAwal.addValueChangeListener(e -> periode.set(0, e.getValue() == null ? Year.now().getValue() : e.getValue()));
            lama.addValueChangeListener(e -> periode.set(1, e.getValue() == null ? 5 : e.getValue()));
            bar.add(tahunAwal, lama);
        }
        Anchor templat = new Anchor(DownloadHandler.fromInputStream(event -> {
            int awal = awalRenstra != null ? awalRenstra : periode.get(0);
            int akhir = akhirRenstra != null ? akhirRenstra : awal + periode.get(1) - 1;
            return new DownloadResponse(new ByteArrayInputStream(imporService.templateXlsx(kecamatan.id(), awal, akhir)),
                    "renstra-" + kecamatan.kode().toLowerCase() + "-" + awal + "-" + akhir + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", -1);
        }), getTranslation("renstra.unduhTemplat"));
        templat.setId("unduh-templat");
        Upload upload = UnggahanTerbatas.keMemori(batas.imporRenstra().toBytes(), (nama, data) -> impor(kecamatan, data))
                .pasangPada(new Upload());
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setUploadButton(new Button(getTranslation("renstra.impor")));
        upload.setId("impor-xlsx");
        bar.add(templat, upload);
        return bar;
    }

    private Anchor unduhSipd(KecamatanData kecamatan, RenstraLengkap r) {
        long id = r.renstra().id();
        String nama = "renstra-sipd-" + kecamatan.kode().toLowerCase() + "-" + r.renstra().tahunAwal() + "-"
                + r.renstra().tahunAkhir() + ".xlsx";
        return Unduhan.tautan(getTranslation("renstra.unduhSipd"), "unduh-renstra-sipd",
                () -> new Unduhan.Berkas(nama, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        eksporSipd.xlsx(id)));
    }

    /** An uploaded file is first shown as a preview; it is stored only when the sekcam confirms it. */
    void impor(KecamatanData kecamatan, byte[] data) {
        try {
            PratinjauImpor pratinjau = imporService.pratinjauXlsx(kecamatan.id(), new ByteArrayInputStream(data));
            new PratinjauImporDialog(pratinjau, dasar -> terapkan(kecamatan, data, pratinjau.sidik(), dasar)).open();
        } catch (ImporDitolakException e) {
            new LaporanImporDialog(e.getMessage(), e.masalah(), true).open();
        } catch (RuntimeException e) {
            Notifikasi.gagal(e);
        }
    }

    /** @param dasar the reason of a Renstra Perubahan, {@code null} for an import that replaces in place */
    void terapkan(KecamatanData kecamatan, byte[] data, String sidik, String dasar) {
        try {
            HasilImpor hasil = imporService.terapkanXlsx(kecamatan.id(), new ByteArrayInputStream(data), sidik, dasar);
            Notifikasi.sukses(getTranslation("renstra.imporBerhasil", hasil.jumlahProgram(), hasil.jumlahKegiatan(),
                    hasil.jumlahSubKegiatan(), hasil.jumlahTujuanSasaran()));
            tampilkan(kecamatan);
        } catch (ImporDitolakException e) {
            new LaporanImporDialog(e.getMessage(), e.masalah(), true).open();
        } catch (RuntimeException e) {
            Notifikasi.gagal(e);
        }
    }

    private void susunGrid(KecamatanData kecamatan, int awal, int akhir) {
        grid.removeAllColumns();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setId("renstra-grid");
        grid.addHierarchyColumn(BarisRenstra::kode).setHeader(getTranslation("renstra.kolomKode")).setWidth("18rem")
                .setFlexGrow(0).setFrozen(true).setFooter(getTranslation("renstra.jumlah"));
        grid.addColumn(BarisRenstra::nama).setHeader(getTranslation("renstra.kolomNama")).setWidth("22rem").setFlexGrow(1);
        grid.addColumn(RenstraView::indikator)
                .setHeader(getTranslation("renstra.kolomIndikator")).setWidth("18rem").setFlexGrow(0);
        grid.addColumn(b -> b.unitNama() == null ? "" : b.unitNama()).setHeader(getTranslation("renstra.kolomUnit"))
                .setWidth("14rem").setFlexGrow(0);
        grid.addColumn(b -> b.sumberDana() == null ? "" : b.sumberDana()).setHeader(getTranslation("renstra.namaSumberDana"))
                .setWidth("9rem").setFlexGrow(0);
        for (int t = awal; t <= akhir; t++) {
            int tahun = t;
            grid.addColumn(b -> target(b, tahun)).setHeader(getTranslation("renstra.kolomTarget", String.valueOf(tahun)))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
            grid.addColumn(b -> b.pagu().containsKey(tahun) ? FormatIndonesia.rupiah(b.pagu().get(tahun)) : "")
                    .setHeader(getTranslation("renstra.kolomPagu", String.valueOf(tahun))).setTextAlign(ColumnTextAlign.END)
                    .setWidth("11rem").setFlexGrow(0)
                    .setFooter(FormatIndonesia.rupiah(renstra.totalPagu().getOrDefault(tahun, 0L)));
        }
        grid.addColumn(b -> FormatIndonesia.rupiah(b.paguPeriode())).setHeader(getTranslation("renstra.kolomTotal"))
                .setTextAlign(ColumnTextAlign.END).setWidth("12rem").setFlexGrow(0)
                .setFooter(FormatIndonesia.rupiah(renstra.totalPeriode()));
        List<UnitData> unit = organisasi.unit(kecamatan.id());
        grid.addComponentColumn(b -> {
            Button ubah = new Button(getTranslation("umum.ubah"), e -> new UbahBarisDialog(renstraService, b, awal, akhir, unit,
                    renstraService.bolehKelola(kecamatan.id()), () -> tampilkan(kecamatan)).open());
            ubah.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            // an older version is read-only: it is what the Renja built on it keep
            ubah.setVisible(renstra.renstra().berlaku() && renstraService.bolehUbah(b, kecamatan.id()));
            return ubah;
        }).setWidth("6rem").setFlexGrow(0);
        grid.setPartNameGenerator(b -> switch (b.tingkat()) {
            case PROGRAM -> "baris-program";
            case KEGIATAN -> "baris-kegiatan";
            default -> null;
        });
        grid.setItems(renstra.program(), BarisRenstra::anak);
        grid.expandRecursively(renstra.program(), 1);
        aktivitas = organisasi.pakaiAktivitas(kecamatan.id()) ? aktivitasService.isi(renstra.renstra().id()) : null;
        if (aktivitas != null) {
            renstra.semuaBaris().stream().filter(b -> !aktivitas.dari(b.id()).isEmpty())
                    .forEach(b -> grid.setDetailsVisible(b, true));
        }
        grid.setHeight("60vh");
    }

    /** The Aktivitas table of a sub kegiatan that has any; nothing for every other row. */
    Component rincianAktivitas(BarisRenstra b) {
        if (aktivitas == null || aktivitas.dari(b.id()).isEmpty()) {
            return new Span();
        }
        return new AktivitasRenstraTabel(b.kode(), aktivitas.dari(b.id()), renstra.renstra().tahunAwal(),
                renstra.renstra().tahunAkhir());
    }

    private Grid<BarisTujuanSasaran> tujuanSasaran(int awal, int akhir) {
        Grid<BarisTujuanSasaran> tabel = new Grid<>();
        tabel.setId("tujuan-sasaran-grid");
        tabel.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tabel.addColumn(BarisTujuanSasaran::kode).setHeader(getTranslation("renstra.kolomKode")).setWidth("6rem").setFlexGrow(0);
        tabel.addColumn(BarisTujuanSasaran::uraian).setHeader("Tujuan / Sasaran").setWidth("24rem").setFlexGrow(1);
        tabel.addColumn(t -> t.indikator() + (t.satuan() == null ? "" : " (" + t.satuan() + ")"))
                .setHeader(getTranslation("renstra.kolomIndikator")).setWidth("20rem").setFlexGrow(1);
        tabel.addColumn(t -> angka(t.baseline())).setHeader("Baseline").setTextAlign(ColumnTextAlign.END).setWidth("7rem")
                .setFlexGrow(0);
        for (int t = awal; t <= akhir; t++) {
            int tahun = t;
            tabel.addColumn(x -> angka(x.target().get(tahun))).setHeader(String.valueOf(tahun))
                    .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        }
        tabel.setItems(renstra.tujuanSasaran());
        tabel.setAllRowsVisible(true);
        return tabel;
    }

    /** The row's indicator with its satuan; several numbered "1) … · 2) …" in the order of the Renstra. */
    static String indikator(BarisRenstra b) {
        String pertama = b.indikator() == null ? "" : b.indikator() + (b.satuan() == null ? "" : " (" + b.satuan() + ")");
        if (b.indikatorLain().isEmpty()) {
            return pertama;
        }
        StringBuilder s = new StringBuilder("1) ").append(pertama);
        for (int k = 0; k < b.indikatorLain().size(); k++) {
            IndikatorBaris i = b.indikatorLain().get(k);
            s.append(" · ").append(k + 2).append(") ").append(i.indikator())
                    .append(i.satuan() == null ? "" : " (" + i.satuan() + ")");
        }
        return s.toString();
    }

    /** The year's target of each indicator, in the same order: "12 · 100". */
    static String target(BarisRenstra b, int tahun) {
        if (b.indikatorLain().isEmpty()) {
            return angka(b.target().get(tahun));
        }
        List<String> semua = new ArrayList<>();
        semua.add(b.target().get(tahun) == null ? "–" : angka(b.target().get(tahun)));
        b.indikatorLain().forEach(i -> semua.add(i.target().get(tahun) == null ? "–" : angka(i.target().get(tahun))));
        return String.join(" · ", semua);
    }

    private static String angka(BigDecimal nilai) {
        return nilai == null ? "" : FormatIndonesia.angka(nilai);
    }

    /** Used by tests: the value of a row by code. */
    Optional<BarisRenstra> baris(String kode) {
        return renstra == null ? Optional.empty()
                : renstra.semuaBaris().stream().filter(b -> b.kode().equals(kode)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("renstra.judul") + " – SIPEKA";
    }
}
