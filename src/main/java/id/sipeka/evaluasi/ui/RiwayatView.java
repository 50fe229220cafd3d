package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.base.BatasUnggah;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.RiwayatData.BarisRiwayat;
import id.sipeka.evaluasi.RiwayatData.IsianRiwayat;
import id.sipeka.evaluasi.RiwayatData.RiwayatTahun;
import id.sipeka.evaluasi.RiwayatRealisasiService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.ImporDitolakException;
import id.sipeka.renstra.MasalahImpor;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The admin's "riwayat" mode: the realisasi of a year before SIPEKA was used, typed row by row or imported from the
 * year's spreadsheet, marked as history, and the year's roll-up (kegiatan, program, JUMLAH) computed from it.
 */
@Route("riwayat")
@Menu(order = 27, title = "menu.riwayat", icon = "vaadin:archive")
@RolesAllowed(Peran.ADMIN_)
public class RiwayatView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RiwayatRealisasiService riwayat;
    private final ZoneId zona;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final ComboBox<Integer> tahun = new ComboBox<>();
    final Paragraph keterangan = new Paragraph();
    final Grid<Isian> isian = new Grid<>();
    final Grid<BarisRekap> rekap = new Grid<>();
    final Button simpan = new Button();
    final Upload impor;
    private final List<Isian> baris = new ArrayList<>();
    private RiwayatTahun dibaca;

    /** A row being typed. */
    static final class Isian {
        final BarisRiwayat asal;
        final TextField realisasi = new TextField();
        final TextField realisasiRp = new TextField();

        Isian(BarisRiwayat asal) {
            this.asal = asal;
            realisasi.setValue(asal.realisasi() == null ? "" : FormatIndonesia.angka(asal.realisasi()));
            realisasiRp.setValue(asal.realisasiRp() == null ? "" : FormatIndonesia.angka(asal.realisasiRp()));
            realisasi.setWidthFull();
            realisasiRp.setWidthFull();
        }
    }

    RiwayatView(RiwayatRealisasiService riwayat, OrganisasiService organisasi, BatasUnggah batas, Clock clock) {
        this.riwayat = riwayat;
        this.zona = clock.getZone();
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        kecamatan.setItems(organisasi.kecamatanTerlihat());
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.addValueChangeListener(e -> muat());
        int sekarang = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("riwayat.tahun"));
        tahun.setId("riwayat-tahun");
        tahun.setItems(IntStream.rangeClosed(sekarang - 10, sekarang).boxed().toList().reversed());
        tahun.setItemLabelGenerator(String::valueOf);
        tahun.setValue(sekarang - 1);
        tahun.addValueChangeListener(e -> muat());
        keterangan.setId("riwayat-keterangan");

        isian.setId("riwayat-isian");
        isian.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        isian.addColumn(i -> i.asal.kode()).setHeader(getTranslation("riwayat.kolomKode")).setWidth("11rem").setFlexGrow(0);
        isian.addColumn(i -> i.asal.nama()).setHeader(getTranslation("riwayat.kolomSubKegiatan")).setFlexGrow(2);
        isian.addColumn(i -> teks(i.asal.indikator()) + (i.asal.satuan() == null ? "" : " (" + i.asal.satuan() + ")"))
                .setHeader(getTranslation("riwayat.kolomIndikator")).setFlexGrow(2);
        isian.addColumn(i -> i.asal.target() == null ? "–" : FormatIndonesia.angka(i.asal.target()))
                .setHeader(getTranslation("riwayat.kolomTarget")).setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        isian.addColumn(i -> i.asal.pagu() == null ? "–" : FormatIndonesia.rupiah(i.asal.pagu()))
                .setHeader(getTranslation("riwayat.kolomPagu")).setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        isian.addComponentColumn(i -> i.realisasi).setHeader(getTranslation("riwayat.kolomRealisasi")).setWidth("9rem").setFlexGrow(0);
        isian.addComponentColumn(i -> i.realisasiRp).setHeader(getTranslation("riwayat.kolomRealisasiRp")).setWidth("11rem")
                .setFlexGrow(0);
        isian.setHeight("26rem");

        rekap.setId("riwayat-rekap");
        rekap.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        rekap.addColumn(BarisRekap::kode).setHeader(getTranslation("riwayat.kolomKode")).setWidth("11rem").setFlexGrow(0);
        rekap.addColumn(BarisRekap::nama).setHeader(getTranslation("riwayat.kolomUraian")).setFlexGrow(2);
        rekap.addColumn(b -> b.anggaran() == null ? "–" : FormatIndonesia.rupiah(b.anggaran()))
                .setHeader(getTranslation("riwayat.kolomPagu")).setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        rekap.addColumn(b -> FormatIndonesia.rupiah(b.realisasiRpKumulatif())).setHeader(getTranslation("riwayat.kolomRealisasiRp"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        rekap.addColumn(b -> persen(b.capaianKinerja())).setHeader(getTranslation("riwayat.kolomCapaianKinerja"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        rekap.addColumn(b -> persen(b.capaianKeuangan())).setHeader(getTranslation("riwayat.kolomCapaianKeuangan"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        rekap.setHeight("22rem");

        simpan.setText(getTranslation("riwayat.simpan"));
        simpan.setId("simpan-riwayat");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        Anchor templat = new Anchor(DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                new ByteArrayInputStream(riwayat.xlsx(kecamatan.getValue().id(), tahun.getValue())),
                "riwayat-" + kecamatan.getValue().kode().toLowerCase() + "-" + tahun.getValue() + ".xlsx", XLSX, -1)),
                getTranslation("riwayat.unduh"));
        templat.setId("unduh-riwayat");
        impor = UnggahanTerbatas.keMemori(batas.imporRenstra().toBytes(), (nama, data) -> impor(data)).pasangPada(new Upload());
        impor.setAcceptedFileTypes(".xlsx", XLSX);
        impor.setUploadButton(new Button(getTranslation("riwayat.impor")));
        impor.setDropAllowed(false);
        impor.setId("impor-riwayat");
        HorizontalLayout pilihan = new HorizontalLayout(kecamatan, tahun);
        pilihan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout aksi = new HorizontalLayout(simpan, templat, impor);
        aksi.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("riwayat.judul")), new Paragraph(getTranslation("riwayat.penjelasan")), pilihan, keterangan,
                isian, aksi, new H3(getTranslation("riwayat.rekapJudul")), rekap);
        organisasi.kecamatanTerlihat().stream().findFirst().ifPresent(kecamatan::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("riwayat.judul") + " – SIPEKA";
    }

    /** Reads the year as stored; anything typed and not saved is dropped. */
    void muat() {
        KecamatanData k = kecamatan.getValue();
        Integer t = tahun.getValue();
        baris.clear();
        if (k == null || t == null) {
            dibaca = null;
            isian.setItems(baris);
            rekap.setItems(List.of());
            return;
        }
        dibaca = riwayat.baca(k.id(), t);
        dibaca.baris().forEach(b -> baris.add(new Isian(b)));
        isian.setItems(baris);
        baris.forEach(i -> {
            i.realisasi.setReadOnly(!dibaca.bolehDiubah());
            i.realisasiRp.setReadOnly(!dibaca.bolehDiubah());
        });
        simpan.setEnabled(dibaca.bolehDiubah());
        impor.setVisible(dibaca.bolehDiubah());
        keterangan.setText(dibaca.halangan() != null ? dibaca.halangan()
                : dibaca.dicatatOleh() == null ? getTranslation("riwayat.belumAda", t, dibaca.periode())
                : getTranslation("riwayat.dicatat", t, dibaca.dicatatOleh(), FormatIndonesia.waktu(dibaca.dicatatPada(), zona)));
        List<BarisRekap> r = new ArrayList<>();
        if (dibaca.rekap() != null) {
            r.addAll(dibaca.rekap().baris());
            if (dibaca.rekap().jumlah() != null) {
                r.add(dibaca.rekap().jumlah());
            }
        }
        rekap.setItems(r);
    }

    void simpan() {
        if (dibaca == null || !dibaca.bolehDiubah()) {
            return;
        }
        List<IsianRiwayat> isi = new ArrayList<>();
        boolean sah = true;
        for (Isian i : baris) {
            Optional<BigDecimal> kinerja = FieldAngka.baca(i.realisasi, false);
            Optional<Long> rp = FieldAngka.bacaRupiah(i.realisasiRp);
            if (kinerja == null || rp == null) {
                sah = false;
                continue;
            }
            isi.add(new IsianRiwayat(i.asal.kode(), kinerja.orElse(null), rp.orElse(null)));
        }
        if (!sah) {
            Notifikasi.gagal(getTranslation("riwayat.periksaIsian"));
            return;
        }
        try {
            riwayat.simpan(dibaca.kecamatanId(), dibaca.tahun(), dibaca.version(), isi);
            Notifikasi.sukses(getTranslation("riwayat.tersimpan", dibaca.tahun()));
            muat();
        } catch (RuntimeException e) {
            Notifikasi.gagal(e);
        }
    }

    void impor(byte[] data) {
        if (dibaca == null) {
            return;
        }
        try {
            riwayat.imporXlsx(dibaca.kecamatanId(), dibaca.tahun(), dibaca.version(), data);
            Notifikasi.sukses(getTranslation("riwayat.tersimpan", dibaca.tahun()));
            muat();
        } catch (ImporDitolakException e) {
            Notifikasi.gagal(e.getMessage() + " " + e.masalah().stream().map(MasalahImpor::toString).collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            Notifikasi.gagal(e);
        }
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }

    private static String persen(BigDecimal p) {
        return p == null ? "–" : FormatIndonesia.persen(p);
    }
}
