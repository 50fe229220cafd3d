package id.sipeka.renja.ui;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.ui.DialogKredensial;

import id.sipeka.base.BatasTeks;
import id.sipeka.base.BatasUnggah;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.FieldTeks;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.base.ui.UnggahanTerbatas;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.AmbilPerubahanRenstraService;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.PerubahanRenstraRenja;
import id.sipeka.renja.KeputusanUsulan;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.RenjaData;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.UsulanRenja;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.SumberUsulan;
import id.sipeka.renja.Tahap;
import id.sipeka.renja.TelaahSekcamService;
import id.sipeka.renja.TindakanRenja;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sekcam's Renja screen: every section with status, completeness and lateness; review of a submitted section
 * (approve, or return with a reason per row or for the section — never changing the unit's numbers); the forum
 * perangkat daerah with its usulan and decisions; approval of the rancangan akhir. When a Renstra Perubahan is in force
 * that the Renja does not use yet, a notice offers to take it over (shown first, applied only on confirm).
 */
@Route("renja/:renjaId/sekcam")
@PageTitle("Telaah Renja – SIPEKA")
@RolesAllowed(Peran.SEKCAM_)
public class SekcamView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaQueryService renja;
    private final TelaahSekcamService telaah;
    private final ForumRenjaService forumRenja;
    private final DokumenService tte;
    private final PenetapanRenjaService penetapan;
    private final AmbilPerubahanRenstraService ambilRenstra;
    private final OrganisasiService organisasi;
    private final Clock clock;
    private final BatasUnggah batas;
    final Grid<BagianRenja> bagian = new Grid<>();
    final Grid<BarisRenja> baris = new Grid<>();
    final Map<Long, TextField> alasanBaris = new HashMap<>();
    final TextArea alasanBagian = new TextArea(getTranslation("sekcamView.alasanBagian"));
    final Button setujui = new Button(getTranslation("sekcamView.setujuiBagian"));
    final Button kembalikan = new Button(getTranslation("sekcamView.kembalikan"));
    final List<UsulanRenja> usulan = new ArrayList<>();
    final Grid<UsulanRenja> usulanGrid = new Grid<>();
    final DatePicker forumTanggal = new PemilihTanggal(getTranslation("sekcamView.forumTanggal"));
    final TextField forumTempat = new TextField(getTranslation("sekcamView.forumTempat"));
    final TextArea forumPeserta = new TextArea(getTranslation("sekcamView.forumPeserta"));
    final MultiSelectComboBox<BagianRenja> unitDiminta = new MultiSelectComboBox<>(
            getTranslation("sekcamView.unitDiminta"));
    final Button selesaiForum = new Button(getTranslation("sekcamView.selesaiForum"));
    final Button setujuiAkhir = new Button(getTranslation("sekcamView.setujuiAkhir"));
    final Button ambilPerubahanRenstra = new Button(getTranslation("sekcamView.ambilRenstra"));
    /** Holds the review of the selected section, right under the sections grid. */
    final VerticalLayout panelTelaah = new VerticalLayout();
    long renjaId;
    BagianRenja terpilih;

    public SekcamView(RenjaQueryService renja, TelaahSekcamService telaah, ForumRenjaService forumRenja, PenetapanRenjaService penetapan, OrganisasiService organisasi, Clock clock, BatasUnggah batas, DokumenService tte,
            AmbilPerubahanRenstraService ambilRenstra) {
        this.ambilRenstra = ambilRenstra;
        this.clock = clock;
        this.tte = tte;
        this.batas = batas;
        this.renja = renja;
        this.telaah = telaah;
        this.forumRenja = forumRenja;
        this.penetapan = penetapan;
        this.organisasi = organisasi;
        bagian.setId("bagian-sekcam-grid");
        bagian.addThemeVariants(GridVariant.LUMO_COMPACT);
        bagian.addColumn(BagianRenja::unitNama).setHeader(getTranslation("sekcamView.kolomUnit")).setFlexGrow(1);
        bagian.addColumn(b -> b.dibawa() ? getTranslation("statusBagian.dibawa") : getTranslation("statusBagian." + b.status().name()))
                .setHeader(getTranslation("sekcamView.kolomStatus"));
        bagian.addColumn(b -> b.barisLengkap() + "/" + b.jumlahBaris()).setHeader(getTranslation("sekcamView.kolomBarisLengkap"));
        bagian.addColumn(b -> b.terlambat() ? getTranslation("sekcamView.terlambat") : "")
                .setHeader(getTranslation("sekcamView.kolomKetepatan"));
        bagian.setAllRowsVisible(true);
        bagian.asSingleSelect().addValueChangeListener(e -> pilih(e.getValue()));
        baris.setId("telaah-grid");
        baris.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        baris.addColumn(BarisRenja::kode).setHeader(getTranslation("kolom.kode")).setWidth("11rem").setFlexGrow(0);
        baris.addColumn(BarisRenja::nama).setHeader(getTranslation("sekcamView.subKegiatan")).setFlexGrow(1);
        baris.addColumn(b -> b.target() == null ? "" : FormatIndonesia.angka(b.target()) + " " + (b.satuan() == null ? "" : b.satuan()))
                .setHeader(getTranslation("sekcamView.kolomTarget")).setWidth("8rem").setFlexGrow(0);
        baris.addColumn(b -> b.lokasi() == null ? "" : b.lokasi()).setHeader(getTranslation("sekcamView.kolomLokasi"))
                .setWidth("10rem").setFlexGrow(0);
        baris.addColumn(b -> b.pagu() == null ? "" : FormatIndonesia.rupiah(b.pagu()))
                .setHeader(getTranslation("sekcamView.kolomPagu")).setWidth("11rem").setFlexGrow(0);
        baris.addColumn(b -> b.berubah() ? getTranslation("sekcamView.berubah") : "")
                .setHeader(getTranslation("sekcamView.kolomPerubahan")).setWidth("7rem").setFlexGrow(0);
        baris.addComponentColumn(b -> alasanBaris.computeIfAbsent(b.id(), id -> {
            TextField f = FieldTeks.batasi(new TextField(), BatasTeks.CATATAN);
            f.setPlaceholder(getTranslation("sekcamView.alasanBaris"));
            f.setWidthFull();
            return f;
        })).setHeader(getTranslation("sekcamView.kolomAlasanBaris")).setWidth("16rem").setFlexGrow(1);
        setujui.setId("setujui-bagian");
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setujui.addClickListener(e -> aksi(() -> telaah.setujuiBagian(renjaId, terpilih.unitKerjaId()),
                getTranslation("sekcamView.bagianDisetujui")));
        kembalikan.setId("kembalikan-bagian");
        kembalikan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        kembalikan.addClickListener(e -> aksi(() -> telaah.kembalikanBagian(renjaId, terpilih.unitKerjaId(), alasanPerBaris(),
                alasanBagian.getValue()), getTranslation("sekcamView.bagianDikembalikan")));
        alasanBagian.setWidthFull();
        alasanBagian.setMaxLength(BatasTeks.ALASAN);
        forumTempat.setMaxLength(BatasTeks.LOKASI);
        forumPeserta.setMaxLength(BatasTeks.TEKS_PANJANG);
        selesaiForum.setId("selesai-forum");
        selesaiForum.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // closing the forum signs its berita acara (the sekcam): the BSrE passphrase first when the kabupaten uses it
        selesaiForum.addClickListener(e -> DialogKredensial.tandatangani(tte, renja.ringkas(renjaId).kecamatanId(), () -> {
            forumRenja.simpanForum(renjaId, new Forum(forumTanggal.getValue(), forumTempat.getValue(), forumPeserta.getValue(), usulan));
            forumRenja.selesaikanForum(renjaId, unitDiminta.getSelectedItems().stream().map(BagianRenja::unitKerjaId)
                    .collect(Collectors.toSet()));
        }, getTranslation("sekcamView.forumSelesai"), this::tampilkan));
        setujuiAkhir.setId("setujui-rancangan-akhir");
        setujuiAkhir.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setujuiAkhir.addClickListener(e -> aksi(() -> penetapan.setujuiRancanganAkhir(renjaId),
                getTranslation("sekcamView.rancanganAkhirDikirim")));
        ambilPerubahanRenstra.setId("ambil-perubahan-renstra");
        ambilPerubahanRenstra.addClickListener(e -> {
            try {
                new AmbilPerubahanRenstraDialog(ambilRenstra.pratinjau(renjaId), () -> aksi(() -> ambilRenstra.ambil(renjaId),
                        getTranslation("sekcamView.renstraDiambil"))).open();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renjaId = ParameterRute.id(event, "renjaId");
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        RenjaRingkas r = renja.ringkas(renjaId);
        add(new H2(getTranslation("sekcamView.judul", r.judul(), TahapLabel.dari(this, r.tahap()))));
        List<String> langkah = renja.langkahSaatIni(renjaId);
        // "Langkah saat ini:" with nothing after it read like an error once the process had ended
        add(new Paragraph(langkah.isEmpty() ? getTranslation("renjaView.tidakAdaLangkah")
                : getTranslation("sekcamView.langkahSaatIni", String.join("; ", langkah))));
        ambilRenstra.tersedia(renjaId).ifPresent(t -> add(tawaranRenstra(t)));
        List<BagianRenja> semua = renja.bagian(renjaId);
        bagian.setItems(semua);
        panelTelaah.setPadding(false);
        panelTelaah.removeAll();
        add(new H3(getTranslation("sekcamView.bagianPerUnit")), bagian, panelTelaah);
        if (r.tahap() == Tahap.PENYUSUNAN || r.tahap() == Tahap.REVISI) {
            add(new Paragraph(getTranslation("sekcamView.pilihUnit")));
        }
        Set<TindakanRenja> boleh = renja.tindakan(renjaId);
        if (boleh.contains(TindakanRenja.CATAT_FORUM)) {
            add(forum(r, semua));
        }
        if (boleh.contains(TindakanRenja.REVIEW_RKPD)) {
            add(new H3(getTranslation("sekcamView.reviewRkpd")), reviewRkpd());
        }
        if (boleh.contains(TindakanRenja.SETUJUI_RANCANGAN_AKHIR)) {
            add(new H3(getTranslation("sekcamView.rancanganAkhir")), setujuiAkhir);
        }
    }

    /** "Renstra Perubahan ke-N tersedia": the Renja keeps its numbers until the sekcam takes it over. */
    private HorizontalLayout tawaranRenstra(PerubahanRenstraRenja.Tersedia t) {
        Paragraph teks = new Paragraph(getTranslation("sekcamView.renstraTersedia", t.perubahanKe(),
                t.dibuatPada() == null ? "–" : FormatIndonesia.tanggal(t.dibuatPada(), clock.getZone()),
                t.dasar() == null ? "–" : t.dasar(), t.perubahanKeLama() == 0
                        ? getTranslation("sekcamView.renstraAwal") : getTranslation("sekcamView.renstraPerubahanKe", t.perubahanKeLama())));
        teks.setId("perubahan-renstra-tersedia");
        HorizontalLayout baris = new HorizontalLayout(teks, ambilPerubahanRenstra);
        baris.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return baris;
    }

    private void pilih(BagianRenja b) {
        terpilih = b;
        panelTelaah.removeAll();
        alasanBaris.clear();
        alasanBagian.clear();
        if (b == null || !renja.tindakanBagian(renjaId, b.unitKerjaId()).contains(TindakanRenja.TELAAH_BAGIAN)) {
            return;
        }
        baris.setItems(renja.barisUnit(renjaId, b.unitKerjaId()));
        panelTelaah.add(new H3(getTranslation("sekcamView.telaahUnit", b.unitNama())), baris, alasanBagian,
                new HorizontalLayout(setujui, kembalikan));
    }

    private VerticalLayout forum(RenjaRingkas r, List<BagianRenja> semua) {
        VerticalLayout forum = new VerticalLayout();
        forum.setPadding(false);
        Forum tersimpan = renja.forum(renjaId);
        forumTanggal.setValue(tersimpan.tanggal() == null ? LocalDate.now(clock) : tersimpan.tanggal());
        forumTempat.setValue(tersimpan.tempat() == null ? "" : tersimpan.tempat());
        forumPeserta.setValue(tersimpan.peserta() == null ? "" : tersimpan.peserta());
        usulan.clear();
        usulan.addAll(tersimpan.usulan());
        usulanGrid.setId("usulan-grid");
        usulanGrid.removeAllColumns();
        usulanGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        usulanGrid.addColumn(u -> u.desa() == null ? sumberLabel(u.sumber())
                        : getTranslation("sekcamView.sumberDesa", sumberLabel(u.sumber()), u.desa()))
                .setHeader(getTranslation("sekcamView.sumber"));
        usulanGrid.addColumn(UsulanRenja::kode).setHeader(getTranslation("sekcamView.subKegiatan"));
        usulanGrid.addColumn(UsulanRenja::uraian).setHeader(getTranslation("sekcamView.usulan"));
        usulanGrid.addColumn(u -> u.besaran() == null ? "" : u.besaran()).setHeader(getTranslation("sekcamView.besaran"));
        usulanGrid.addColumn(u -> u.keputusan() == null ? "" : getTranslation("keputusanUsulan." + u.keputusan().name()))
                .setHeader(getTranslation("sekcamView.keputusan"));
        usulanGrid.addColumn(u -> u.alasan() == null ? "" : u.alasan()).setHeader(getTranslation("sekcamView.kolomAlasanUsulan"));
        usulanGrid.setItems(usulan);
        usulanGrid.setAllRowsVisible(true);
        unitDiminta.setItems(semua);
        unitDiminta.setItemLabelGenerator(BagianRenja::unitNama);

        Select<SumberUsulan> sumber = new Select<>();
        sumber.setLabel(getTranslation("sekcamView.sumber"));
        sumber.setItems(SumberUsulan.values());
        sumber.setItemLabelGenerator(this::sumberLabel);
        ComboBox<String> desa = new ComboBox<>(getTranslation("sekcamView.desa"),
                organisasi.desa(r.kecamatanId()).stream().map(DesaData::nama).toList());
        ComboBox<BarisRenja> sub = new ComboBox<>(getTranslation("sekcamView.subKegiatan"), renja.baris(renjaId));
        sub.setItemLabelGenerator(b -> b.kode() + " " + b.nama());
        TextField uraian = FieldTeks.batasi(new TextField(getTranslation("sekcamView.usulan")), BatasTeks.URAIAN);
        TextField besaran = FieldTeks.batasi(new TextField(getTranslation("sekcamView.besaran")), BatasTeks.BESARAN);
        Select<KeputusanUsulan> keputusan = new Select<>();
        keputusan.setLabel(getTranslation("sekcamView.keputusan"));
        keputusan.setItems(KeputusanUsulan.values());
        keputusan.setItemLabelGenerator(k -> getTranslation("keputusanUsulan." + k.name()));
        TextField alasan = FieldTeks.batasi(new TextField(getTranslation("sekcamView.alasanKeputusan")), BatasTeks.CATATAN);
        Button tambah = new Button(getTranslation("sekcamView.tambahUsulan"), e -> {
            usulan.add(new UsulanRenja(null, sumber.getValue(), desa.getValue(), sub.getValue() == null ? null : sub.getValue().kode(),
                    uraian.getValue(), besaran.getValue(), keputusan.getValue(), alasan.getValue()));
            usulanGrid.getDataProvider().refreshAll();
            uraian.clear();
            besaran.clear();
            alasan.clear();
        });
        tambah.setId("tambah-usulan");
        Upload beritaAcara = UnggahanTerbatas.keMemori(batas.beritaAcara().toBytes(), (nama, data) ->
                aksi(() -> forumRenja.catatBeritaAcara(renjaId, nama, data), getTranslation("sekcamView.beritaAcaraTersimpan")))
                .pasangPada(new Upload());
        beritaAcara.setAcceptedFileTypes("application/pdf", ".pdf");
        beritaAcara.setUploadButton(new Button(getTranslation("sekcamView.unggahBeritaAcara")));
        forum.add(new H3(getTranslation("sekcamView.forum")), new FormLayout(forumTanggal, forumTempat, forumPeserta),
                usulanGrid, new FormLayout(sumber, desa, sub, uraian, besaran, keputusan, alasan), tambah, beritaAcara,
                unitDiminta, selesaiForum);
        return forum;
    }

    /** T-C.31: the kabupaten's draft values beside the Renja rows; a click on a row edits its RKPD side and note. */
    private Grid<RenjaData.ReviewRkpd> reviewRkpd() {
        Grid<RenjaData.ReviewRkpd> grid = new Grid<>();
        grid.setId("review-rkpd-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(RenjaData.ReviewRkpd::kode).setHeader(getTranslation("kolom.kode")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(RenjaData.ReviewRkpd::nama).setHeader(getTranslation("sekcamView.subKegiatan")).setFlexGrow(1);
        grid.addColumn(v -> teks(v.rkpdLokasi())).setHeader(getTranslation("sekcamView.rkpdLokasi"));
        grid.addColumn(v -> v.rkpdTarget() == null ? "" : FormatIndonesia.angka(v.rkpdTarget()))
                .setHeader(getTranslation("sekcamView.rkpdTarget"));
        grid.addColumn(v -> v.rkpdPagu() == null ? "" : FormatIndonesia.rupiah(v.rkpdPagu()))
                .setHeader(getTranslation("sekcamView.rkpdPagu"));
        grid.addColumn(v -> teks(v.lokasi())).setHeader(getTranslation("sekcamView.analisisLokasi"));
        grid.addColumn(v -> v.target() == null ? "" : FormatIndonesia.angka(v.target()) + " " + teks(v.satuan()))
                .setHeader(getTranslation("sekcamView.analisisTarget"));
        grid.addColumn(v -> v.kebutuhanDana() == null ? "" : FormatIndonesia.rupiah(v.kebutuhanDana()))
                .setHeader(getTranslation("sekcamView.kebutuhanDana"));
        grid.addColumn(v -> teks(v.catatan())).setHeader(getTranslation("sekcamView.catatanPenting")).setFlexGrow(1);
        grid.setItems(renja.reviewRkpd(renjaId));
        grid.setHeight("40vh");
        grid.addItemClickListener(e -> {
            var v = e.getItem();
            TextField lokasi = new TextField(getTranslation("sekcamView.rkpdLokasi"), teks(v.rkpdLokasi()), "");
            TextField indikator = new TextField(getTranslation("sekcamView.rkpdIndikator"), teks(v.rkpdIndikator()), "");
            TextField target = new TextField(getTranslation("sekcamView.rkpdTarget"),
                    v.rkpdTarget() == null ? "" : FormatIndonesia.angka(v.rkpdTarget()), "");
            TextField pagu = new TextField(getTranslation("sekcamView.rkpdPaguRp"),
                    v.rkpdPagu() == null ? "" : FormatIndonesia.angka(v.rkpdPagu()), "");
            TextArea catatan = FieldTeks.batasi(new TextArea(getTranslation("sekcamView.catatanPenting")), BatasTeks.CATATAN);
            catatan.setValue(teks(v.catatan()));
            FieldTeks.batasi(lokasi, BatasTeks.LOKASI);
            FieldTeks.batasi(indikator, BatasTeks.INDIKATOR);
            com.vaadin.flow.component.dialog.Dialog d = new com.vaadin.flow.component.dialog.Dialog(new FormLayout(lokasi, indikator, target, pagu, catatan));
            d.setHeaderTitle(v.kode() + " " + v.nama());
            Button simpan = new Button(getTranslation("umum.simpan"), ev -> {
                var t = FieldAngka.baca(target, false);
                var p = FieldAngka.bacaRupiah(pagu);
                boolean teksSah = FieldTeks.sah(lokasi, BatasTeks.LOKASI) & FieldTeks.sah(indikator, BatasTeks.INDIKATOR)
                        & FieldTeks.sah(catatan, BatasTeks.CATATAN);
                if (t == null || p == null || !teksSah) {
                    return;
                }
                aksi(() -> {
                    telaah.simpanReviewRkpd(new RenjaData.UbahReviewRkpd(v.barisId(), v.version(), lokasi.getValue(),
                            indikator.getValue(), t.orElse(null), p.orElse(null),
                            catatan.getValue()));
                    d.close();
                }, getTranslation("sekcamView.reviewTersimpan"));
            });
            simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            d.getFooter().add(new Button(getTranslation("umum.batal"), ev -> d.close()), simpan);
            d.open();
        });
        return grid;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }

    private Map<Long, String> alasanPerBaris() {
        Map<Long, String> alasan = new HashMap<>();
        alasanBaris.forEach((id, field) -> alasan.put(id, field.getValue()));
        return alasan;
    }

    private void aksi(Runnable kerja, String berhasil) {
        Notifikasi.jalankan(kerja, berhasil, this::tampilkan);
    }

    private String sumberLabel(SumberUsulan sumber) {
        return sumber == null ? "" : getTranslation("sumberUsulan." + sumber.name());
    }
}
