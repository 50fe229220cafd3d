package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.Unduhan;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.ui.MedanKredensial;
import id.sipeka.evaluasi.BagianLkjip;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.evaluasi.LkjipData.LkjipTampil;
import id.sipeka.evaluasi.LkjipService;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The LKjIP of a kecamatan's year: the computed figures (read from the service, never computed here), the narrative
 * of each bab with its default, and the actions the service allows the signed-in user now — the sekcam saves and
 * submits, the camat signs (asking for the BSrE passphrase when the kecamatan signs through BSrE) or returns it with
 * a reason. The inbox opens it at the task's year ("lkjip/2026").
 */
@Route("lkjip")
@RouteAlias("lkjip/:tahun")
@Menu(order = 28, title = "menu.lkjip", icon = "vaadin:file-text-o")
@RolesAllowed({Peran.ADMIN_, Peran.CAMAT_, Peran.SEKCAM_})
public class LkjipView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Years offered: the last five (the LKjIP of a year is written early in the next) and the current one. */
    private static final int TAHUN_LALU = 5;

    private final LkjipService lkjip;
    private final OrganisasiService organisasi;
    private final DokumenService tte;
    private final Clock clock;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>();
    final Select<Integer> tahun = new Select<>();
    final Paragraph status = new Paragraph();
    final Paragraph alasan = new Paragraph();
    final Paragraph ringkasan = new Paragraph();
    final Grid<BarisKinerja> kinerja = new Grid<>();
    final Map<BagianLkjip, TextArea> narasi = new EnumMap<>(BagianLkjip.class);
    final Button simpan = new Button();
    final Button ajukan = new Button();
    final Button tandaTangani = new Button();
    final TextArea alasanKembali = new TextArea();
    final Button kembalikan = new Button();
    final HorizontalLayout unduhan = new HorizontalLayout();
    LkjipTampil dibaca;

    LkjipView(LkjipService lkjip, OrganisasiService organisasi, DokumenService tte, Clock clock) {
        this.lkjip = lkjip;
        this.organisasi = organisasi;
        this.tte = tte;
        this.clock = clock;
        kecamatan.setLabel(getTranslation("umum.pilihKecamatan"));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        int sekarang = LocalDate.now(clock).getYear();
        tahun.setLabel(getTranslation("lkjip.tahun"));
        tahun.setId("lkjip-tahun");
        tahun.setItems(IntStream.rangeClosed(sekarang - TAHUN_LALU, sekarang).boxed().toList().reversed());
        tahun.setItemLabelGenerator(String::valueOf);
        tahun.setValue(sekarang - 1);
        status.setId("lkjip-status");
        alasan.setId("lkjip-alasan");
        ringkasan.setId("lkjip-ringkasan");
        susunTabel();
        VerticalLayout narasiTata = new VerticalLayout();
        narasiTata.setPadding(false);
        for (BagianLkjip b : BagianLkjip.values()) {
            TextArea t = new TextArea(getTranslation("lkjip.bagian." + b.name()));
            t.setId("lkjip-narasi-" + b.name().toLowerCase());
            t.setWidthFull();
            t.setMinHeight("8em");
            t.setMaxLength(BatasTeks.TEKS_PANJANG / 4);
            narasi.put(b, t);
            narasiTata.add(t);
        }
        simpan.setText(getTranslation("lkjip.simpan"));
        simpan.setId("lkjip-simpan");
        simpan.addClickListener(e -> Notifikasi.jalankan(this::simpanNarasi, getTranslation("lkjip.tersimpan"), this::muat));
        ajukan.setText(getTranslation("lkjip.ajukan"));
        ajukan.setId("lkjip-ajukan");
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajukan.addClickListener(e -> Notifikasi.jalankan(() -> {
            simpanNarasi();
            lkjip.ajukan(dibaca.kecamatanId(), dibaca.tahun());
        }, getTranslation("lkjip.diajukan"), this::muat));
        tandaTangani.setText(getTranslation("lkjip.tandaTangani"));
        tandaTangani.setId("lkjip-tanda-tangani");
        tandaTangani.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tandaTangani.addClickListener(e -> bukaTandaTangan());
        alasanKembali.setLabel(getTranslation("lkjip.alasan"));
        alasanKembali.setId("lkjip-alasan-kembali");
        alasanKembali.setMaxLength(BatasTeks.ALASAN);
        alasanKembali.setWidth("30em");
        kembalikan.setText(getTranslation("lkjip.kembalikan"));
        kembalikan.setId("lkjip-kembalikan");
        kembalikan.addClickListener(e -> Notifikasi.jalankan(() -> lkjip.kembalikan(dibaca.kecamatanId(), dibaca.tahun(),
                alasanKembali.getValue()), getTranslation("lkjip.dikembalikanPesan"), this::muat));
        HorizontalLayout pilihan = new HorizontalLayout(kecamatan, tahun);
        pilihan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout keputusan = new HorizontalLayout(alasanKembali, kembalikan);
        keputusan.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("lkjip.judul")), new Paragraph(getTranslation("lkjip.penjelasan")), pilihan, status, alasan,
                ringkasan, kinerja, narasiTata, new HorizontalLayout(simpan, ajukan, tandaTangani), keputusan, unduhan);
        if (!terlihat.isEmpty()) {
            kecamatan.setValue(terlihat.getFirst());
        }
        kecamatan.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Integer diminta = event.getRouteParameters().getInteger("tahun").orElse(null);
        if (diminta == null || diminta.equals(tahun.getValue())) {
            muat();
            return;
        }
        if (tahun.getListDataView().getItems().noneMatch(diminta::equals)) {
            // an inbox task's year outside the years offered
            tahun.setItems(Stream.concat(tahun.getListDataView().getItems(), Stream.of(diminta))
                    .sorted(Comparator.reverseOrder()).toList());
        }
        tahun.setValue(diminta); // loads the year through the listener
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.lkjip") + " – SIPEKA";
    }

    private void susunTabel() {
        kinerja.setId("lkjip-kinerja");
        kinerja.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        kinerja.addColumn(BarisKinerja::kode).setHeader(getTranslation("lkjip.kolom.kode")).setWidth("10rem").setFlexGrow(0);
        kinerja.addColumn(BarisKinerja::nama).setHeader(getTranslation("lkjip.kolom.subKegiatan")).setFlexGrow(1);
        kinerja.addColumn(b -> LaporanTabel.angka(b.target()) + " " + LaporanTabel.teks(b.satuan()))
                .setHeader(getTranslation("lkjip.kolom.target")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        kinerja.addColumn(b -> LaporanTabel.angka(b.realisasi())).setHeader(getTranslation("lkjip.kolom.realisasi"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        kinerja.addColumn(b -> FormatIndonesia.persen(b.capaian())).setHeader(getTranslation("lkjip.kolom.capaian"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        kinerja.addColumn(b -> FormatIndonesia.persen(b.capaianAkhir())).setHeader(getTranslation("lkjip.kolom.capaianAkhir"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        kinerja.addColumn(b -> FormatIndonesia.persen(b.capaianKeuangan())).setHeader(getTranslation("lkjip.kolom.keuangan"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        kinerja.addColumn(b -> poin(b.efisiensi())).setHeader(getTranslation("lkjip.kolom.efisiensi"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        kinerja.setHeight("24em");
    }

    /** Reads the year as the service gives it now; anything typed and not saved is dropped. */
    void muat() {
        KecamatanData k = kecamatan.getValue();
        Integer t = tahun.getValue();
        if (k == null || t == null) {
            return;
        }
        dibaca = lkjip.lkjip(k.id(), t);
        AngkaLkjip a = dibaca.angka();
        status.setText(dibaca.status() == StatusPersetujuan.DISETUJUI ? getTranslation("lkjip.statusDitandatangani")
                : getTranslation("lkjip.status", getTranslation("persetujuan.status." + dibaca.status().name())));
        alasan.setText(dibaca.alasan() == null ? "" : getTranslation("lkjip.dikembalikan", dibaca.alasan()));
        alasan.setVisible(dibaca.status() == StatusPersetujuan.DIKEMBALIKAN && dibaca.alasan() != null);
        ringkasan.setText(a.jumlah() == null || a.kinerja().stream().allMatch(b -> b.realisasi() == null)
                ? getTranslation("lkjip.belumAdaData")
                : getTranslation("lkjip.ringkasan", FormatIndonesia.persen(a.jumlah().rataKinerja()),
                        a.predikat() == null ? "–" : a.predikat(), FormatIndonesia.rupiah(a.jumlah().realisasi()),
                        FormatIndonesia.rupiah(a.jumlah().anggaran()), FormatIndonesia.persen(a.jumlah().capaianKeuangan()),
                        poin(a.jumlah().efisiensi())));
        kinerja.setItems(a.kinerja());
        narasi.forEach((b, area) -> {
            area.setValue(dibaca.narasi().getOrDefault(b, ""));
            area.setReadOnly(!dibaca.bolehUbah());
            area.setHelperText(dibaca.bawaan().getOrDefault(b, true) ? getTranslation("lkjip.teksBawaan") : null);
        });
        simpan.setVisible(dibaca.bolehUbah());
        ajukan.setVisible(dibaca.bolehAjukan());
        tandaTangani.setVisible(dibaca.bolehPutus());
        alasanKembali.setVisible(dibaca.bolehPutus());
        alasanKembali.clear();
        kembalikan.setVisible(dibaca.bolehPutus());
        unduhan.removeAll();
        unduhan.add(tautan(getTranslation("lkjip.unduhPdf"), "lkjip-unduh-pdf", () -> lkjip.pdf(k.id(), t)),
                tautan(getTranslation("lkjip.unduhDocx"), "lkjip-unduh-docx", () -> lkjip.docx(k.id(), t)),
                tautan(getTranslation("lkjip.unduhXlsx"), "lkjip-unduh-xlsx", () -> lkjip.xlsx(k.id(), t)));
    }

    /** Saves the parts whose text differs from what was read (an emptied part goes back to its default). */
    private void simpanNarasi() {
        if (dibaca == null || !dibaca.bolehUbah()) {
            return;
        }
        narasi.forEach((b, area) -> {
            if (!area.getValue().equals(dibaca.narasi().get(b))) {
                lkjip.simpanNarasi(dibaca.kecamatanId(), dibaca.tahun(), b, area.getValue());
            }
        });
    }

    private void bukaTandaTangan() {
        long kec = dibaca.kecamatanId();
        int t = dibaca.tahun();
        new TandaTanganDialog(getTranslation("lkjip.tandaTangani") + " – " + getTranslation("inbox.judulLkjip", t),
                organisasi.kecamatan(kec).ibuKota(), LocalDate.now(clock), MedanKredensial.jikaPerlu(tte, kec),
                (tempat, tanggal) -> lkjip.tandaTangani(kec, t, tempat, tanggal), this::muat).open();
    }

    private static String poin(BigDecimal efisiensi) {
        return efisiensi == null ? "–" : FormatIndonesia.persen(efisiensi).replace("%", "");
    }

    private static Anchor tautan(String teks, String id, Supplier<Berkas> berkas) {
        return Unduhan.tautan(teks, id, () -> {
            Berkas b = berkas.get();
            return new Unduhan.Berkas(b.nama(), b.jenis(), b.isi());
        });
    }
}
