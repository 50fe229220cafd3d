package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Ponsel;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.evaluasi.DasborKabupatenService;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.SelDasbor;
import id.sipeka.evaluasi.GrafikRekap;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.RenjaData.TahapRenja;
import id.sipeka.security.Akses;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The kabupaten's dashboard for its viewer (and the admin): every kecamatan × TW I–IV with its reports complete, late
 * and signed and the quarter's capaian, the year so far with predikat and rank, the stage of each kecamatan's Renja,
 * a chart drawn like the recap's, the drill-down to the kecamatan's recap, and the table as XLSX. Reads one service
 * call; every figure is computed there by the recap's own code.
 */
@Route("dasbor-kabupaten")
@PageTitle("Dasbor kabupaten – SIPEKA")
@Menu(order = 24, title = "menu.dasborKabupaten", icon = "vaadin:dashboard")
@RolesAllowed({Peran.VIEWER_KABUPATEN_, Peran.ADMIN_})
public class DasborKabupatenView extends VerticalLayout {

    private final DasborKabupatenService dasbor;
    final ComboBox<KabupatenData> kabupaten = new ComboBox<>();
    final Select<Integer> tahun = new Select<>();
    final Grid<BarisDasbor> tabel = new Grid<>();
    final Paragraph keterangan = new Paragraph();
    final Div grafik = new Div();
    final Div unduh = new Div();
    final H2 judul = new H2();
    DasborKabupaten data;

    public DasborKabupatenView(DasborKabupatenService dasbor, OrganisasiService organisasi, Akses akses, Clock clock) {
        this.dasbor = dasbor;
        setWidthFull();
        judul.setText(getTranslation("dasborKabupaten.judul"));
        List<KabupatenData> terlihat = organisasi.semuaKabupaten();
        Long milikSaya = akses.pengguna().kabupatenId();
        kabupaten.setLabel(getTranslation("dasborKabupaten.kabupaten"));
        kabupaten.setItems(terlihat);
        kabupaten.setItemLabelGenerator(KabupatenData::nama);
        kabupaten.setVisible(terlihat.size() > 1);
        int tahunIni = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("dasborKabupaten.tahun"));
        tahun.setItems(IntStream.rangeClosed(tahunIni - 4, tahunIni + 1).boxed().toList());
        tahun.setValue(tahunIni);
        keterangan.setId("keterangan-dasbor");
        susunTabel();
        grafik.setId("grafik-dasbor");
        grafik.setWidthFull();
        unduh.setId("unduh-dasbor");
        HorizontalLayout pilihan = new HorizontalLayout(kabupaten, tahun, unduh);
        pilihan.setAlignItems(Alignment.BASELINE);
        pilihan.setWrap(true);
        add(judul, pilihan, keterangan, legenda(), tabel, new H3(getTranslation("dasborKabupaten.grafik")), grafik);
        kabupaten.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
        terlihat.stream().filter(k -> milikSaya == null || Objects.equals(k.id(), milikSaya)).findFirst()
                .ifPresent(kabupaten::setValue);
    }

    private void susunTabel() {
        tabel.setId("dasbor-grid");
        tabel.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        tabel.addColumn(b -> b.peringkat() == null ? "–" : String.valueOf(b.peringkat()))
                .setHeader(getTranslation("dasborKabupaten.peringkat")).setKey("peringkat").setTextAlign(ColumnTextAlign.END)
                .setWidth("6rem").setFlexGrow(0);
        tabel.addColumn(BarisDasbor::kecamatanNama).setHeader(getTranslation("dasborKabupaten.kecamatan")).setKey("kecamatan")
                .setWidth("10rem").setFlexGrow(1);
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            tabel.addComponentColumn(b -> sel(b.triwulan().get(t)))
                    .setHeader(getTranslation("dasborKabupaten.tw", FormatIndonesia.triwulan(tw))).setKey("tw" + tw).setWidth("11rem")
                    .setFlexGrow(0);
        }
        tabel.addColumn(b -> capaian(b.capaianKinerja(), b.predikatKinerja()))
                .setHeader(getTranslation("dasborKabupaten.capaianKinerja")).setKey("kinerja").setWidth("9rem").setFlexGrow(0);
        tabel.addColumn(b -> capaian(b.capaianKeuangan(), b.predikatKeuangan()))
                .setHeader(getTranslation("dasborKabupaten.capaianKeuangan")).setKey("keuangan").setWidth("9rem").setFlexGrow(0);
        tabel.addColumn(b -> tahap(b.renja())).setHeader(getTranslation("dasborKabupaten.renjaIni")).setKey("renja-ini")
                .setWidth("10rem").setFlexGrow(0);
        tabel.addColumn(b -> tahap(b.renjaBerikut())).setHeader(getTranslation("dasborKabupaten.renjaBerikut"))
                .setKey("renja-berikut").setWidth("10rem").setFlexGrow(0);
        tabel.addComponentColumn(this::tautanRekap).setHeader(getTranslation("dasborKabupaten.rincian")).setKey("rincian").setWidth("8rem")
                .setFlexGrow(0);
        Ponsel.kartuDiPonsel(tabel, getTranslation("dasborKabupaten.kecamatan"), this::kartu);
        tabel.setAllRowsVisible(true);
        tabel.setEmptyStateText(getTranslation("dasborKabupaten.kosong"));
    }

    void muat() {
        KabupatenData k = kabupaten.getValue();
        if (k == null || tahun.getValue() == null) {
            return;
        }
        data = dasbor.ringkasan(k.id(), tahun.getValue());
        judul.setText(getTranslation("dasborKabupaten.judulKabupaten", data.kabupatenNama(), data.tahun()));
        keterangan.setText(getTranslation("dasborKabupaten.keterangan", data.skala()));
        tabel.setItems(data.baris());
        grafik.removeAll();
        GrafikRekap.perKecamatan(data).ifPresentOrElse(d -> {
            GrafikView g = new GrafikView(d);
            g.setId("grafik-kecamatan");
            grafik.add(g);
        }, () -> grafik.add(new Paragraph(getTranslation("dasborKabupaten.grafikKosong"))));
        unduh.removeAll();
        long kabupatenId = k.id();
        int t = tahun.getValue();
        unduh.add(Unduhan.tautan(getTranslation("dasborKabupaten.unduhXlsx"), "unduh-dasbor-xlsx", () -> {
            Berkas b = dasbor.xlsx(kabupatenId, t);
            return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
        }));
    }

    /** A kecamatan's quarter: reports signed / complete / late, then the quarter's capaian; "–" before it started. */
    private Component sel(SelDasbor s) {
        if (s == null) {
            return new Span("–");
        }
        Div sel = new Div();
        sel.addClassName("sel-dasbor");
        Span tandaTangan = new Span(getTranslation("dasborKabupaten.selDitandatangani", s.ditandatangani(), s.laporan()));
        tandaTangan.getElement().getThemeList().add(s.laporan() > 0 && s.ditandatangani() == s.laporan() ? "badge success" : "badge contrast");
        sel.add(new Div(tandaTangan));
        sel.add(new Div(getTranslation("dasborKabupaten.selLengkap", s.lengkap(), s.laporan())));
        if (s.terlambat() > 0) {
            Span lambat = new Span(getTranslation("dasborKabupaten.selTerlambat", s.terlambat()));
            lambat.getElement().getThemeList().add("badge error small");
            sel.add(new Div(lambat));
        }
        sel.add(new Div(getTranslation("dasborKabupaten.selCapaian", FormatIndonesia.persen(s.capaianKinerja()),
                FormatIndonesia.persen(s.capaianKeuangan()))));
        return sel;
    }

    private Component tautanRekap(BarisDasbor b) {
        return tautanRekap(b, "rekap-kecamatan-");
    }

    private Component tautanRekap(BarisDasbor b, String awalanId) {
        if (b.evaluasiIdRekap() == null) {
            return new Span("–");
        }
        RouterLink l = new RouterLink(getTranslation("dasborKabupaten.bukaRekap", FormatIndonesia.triwulan(b.sampaiTriwulan())),
                RekapView.class, new RouteParameters("evaluasiId", String.valueOf(b.evaluasiIdRekap())));
        l.setId(awalanId + b.kecamatanId());
        l.addClassName("tautan-rekap");
        return l;
    }

    /** The phone's card of a kecamatan: rank and name, the year so far, the latest quarter, the Renja. */
    private Component kartu(BarisDasbor b) {
        List<String> kecil = new ArrayList<>();
        kecil.add(getTranslation("dasborKabupaten.kartuCapaian", capaian(b.capaianKinerja(), b.predikatKinerja()),
                capaian(b.capaianKeuangan(), b.predikatKeuangan())));
        SelDasbor s = b.sampaiTriwulan() == 0 ? null : b.triwulan().get(b.sampaiTriwulan());
        if (s != null) {
            kecil.add(getTranslation("dasborKabupaten.kartuTriwulan", FormatIndonesia.triwulan(b.sampaiTriwulan()),
                    s.ditandatangani(), s.laporan(), s.lengkap(), s.terlambat()));
        }
        kecil.add(getTranslation("dasborKabupaten.kartuRenja", tahun.getValue(), tahap(b.renja()), tahun.getValue() + 1,
                tahap(b.renjaBerikut())));
        String utama = (b.peringkat() == null ? "" : b.peringkat() + ". ") + b.kecamatanNama();
        Div kartu = Ponsel.kartu(utama, kecil.toArray(String[]::new));
        kartu.add(tautanRekap(b, "rekap-kecamatan-ponsel-"));
        return kartu;
    }

    private Div legenda() {
        Div legenda = new Div(new Span(getTranslation("dasborKabupaten.legenda")));
        legenda.setId("legenda-dasbor");
        legenda.addClassName("legenda");
        Span ttd = new Span(getTranslation("dasborKabupaten.legendaDitandatangani"));
        ttd.getElement().getThemeList().add("badge success");
        Span lengkap = new Span(getTranslation("dasborKabupaten.legendaLengkap"));
        Span lambat = new Span(getTranslation("dasborKabupaten.legendaTerlambat"));
        lambat.getElement().getThemeList().add("badge error small");
        Span capaian = new Span(getTranslation("dasborKabupaten.legendaCapaian"));
        legenda.add(ttd, lengkap, lambat, capaian);
        return legenda;
    }

    private String capaian(BigDecimal nilai, String predikat) {
        return nilai == null ? "–" : FormatIndonesia.persen(nilai) + " (" + predikat + ")";
    }

    private String tahap(TahapRenja r) {
        if (r == null) {
            return getTranslation("dasborKabupaten.renjaBelumDibuka");
        }
        String tahap = getTranslation("renjaView.tahap." + r.tahap().name());
        return r.jenis() == JenisRenja.PERUBAHAN ? getTranslation("dasborKabupaten.renjaPerubahan", tahap) : tahap;
    }
}
