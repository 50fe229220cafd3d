package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.PanelAlurProses;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.AmbilPerubahanRenstraService;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.Peristiwa;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaDokumenService;
import id.sipeka.renja.EksporSipdRenjaService;
import id.sipeka.renja.ImporSipdRenjaService;
import id.sipeka.base.BatasUnggah;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import id.sipeka.renja.TindakanRenja;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kecamatan's Renja: each one's stage, current step (also drawn on its process) and timeline; the sekcam opens a
 * Renja or a perubahan.
 */
@Route("renja")
@PageTitle("Renja – SIPEKA")
@Menu(order = 20, title = "menu.renja", icon = "vaadin:clipboard-check")
@PermitAll
public class RenjaView extends VerticalLayout {

    private final RenjaQueryService renja;
    private final PembukaanRenjaService pembukaan;
    private final Clock clock;
    private final RenjaDokumenService dokumenRenja;
    private final EksporSipdRenjaService eksporSipd;
    private final ImporSipdRenjaService imporSipd;
    private final BatasUnggah batas;
    private final AmbilPerubahanRenstraService ambilRenstra;
    final ComboBox<KecamatanData> kecamatan = new ComboBox<>(getTranslation("umum.pilihKecamatan"));
    final Grid<RenjaRingkas> daftar = new Grid<>();
    final Button buka = new Button(getTranslation("renjaView.bukaBaru"));
    final VerticalLayout rincian = new VerticalLayout();
    /** In the perubahan dialog: the units whose rows change; only they fill their section again. */
    final MultiSelectComboBox<BagianRenja> unitPerubahan = new MultiSelectComboBox<>(getTranslation("renjaView.unitPerubahan"));
    /** The open dialog (a Renja or a perubahan), for tests to reach its buttons. */
    Dialog dialog;

    public RenjaView(RenjaQueryService renja, PembukaanRenjaService pembukaan, RenjaDokumenService dokumenRenja,
            EksporSipdRenjaService eksporSipd, ImporSipdRenjaService imporSipd, BatasUnggah batas,
            OrganisasiService organisasi, Clock clock, AmbilPerubahanRenstraService ambilRenstra) {
        this.ambilRenstra = ambilRenstra;
        this.eksporSipd = eksporSipd;
        this.imporSipd = imporSipd;
        this.batas = batas;
        this.renja = renja;
        this.pembukaan = pembukaan;
        this.clock = clock;
        this.dokumenRenja = dokumenRenja;
        add(new H2(getTranslation("menu.renja")));
        List<KecamatanData> terlihat = organisasi.kecamatanTerlihat();
        kecamatan.setItems(terlihat);
        kecamatan.setItemLabelGenerator(KecamatanData::nama);
        kecamatan.setVisible(terlihat.size() > 1);
        kecamatan.addValueChangeListener(e -> muat());
        daftar.setId("renja-grid");
        daftar.addThemeVariants(GridVariant.LUMO_COMPACT);
        // one row per Renja document: the perubahan of a year are told apart by their number and version
        daftar.addColumn(RenjaRingkas::judul).setHeader(getTranslation("renjaView.kolomRenja"));
        daftar.addColumn(RenjaRingkas::versi).setHeader(getTranslation("renjaView.kolomVersi")).setWidth("5rem").setFlexGrow(0);
        daftar.addColumn(r -> TahapLabel.dari(this, r.tahap())).setHeader(getTranslation("renjaView.kolomTahap"));
        daftar.addColumn(r -> FormatIndonesia.tanggal(r.batasIsi())).setHeader(getTranslation("renjaView.batasIsi"));
        daftar.addColumn(r -> FormatIndonesia.tanggal(r.batasPenetapan())).setHeader(getTranslation("renjaView.batasPenetapan"));
        daftar.addColumn(r -> FormatIndonesia.tanggal(r.penetapanTanggal())).setHeader(getTranslation("renjaView.kolomDitetapkan"));
        daftar.setAllRowsVisible(true);
        daftar.asSingleSelect().addValueChangeListener(e -> rincian(e.getValue()));
        buka.setId("buka-renja");
        buka.addClickListener(e -> dialogBuka(null));
        rincian.setPadding(false);
        unitPerubahan.setId("unit-perubahan");
        unitPerubahan.setItemLabelGenerator(BagianRenja::unitNama);
        unitPerubahan.setHelperText(getTranslation("renjaView.unitPerubahanBantuan"));
        unitPerubahan.setRequiredIndicatorVisible(true);
        add(kecamatan, buka, daftar, rincian);
        terlihat.stream().findFirst().ifPresent(kecamatan::setValue);
    }

    private void muat() {
        KecamatanData k = kecamatan.getValue();
        buka.setVisible(k != null && renja.bolehMembuka(k.id()));
        List<RenjaRingkas> semua = k == null ? List.of() : renja.daftar(k.id());
        daftar.setItems(semua);
        semua.stream().findFirst().ifPresent(daftar::select);
    }

    private void rincian(RenjaRingkas r) {
        rincian.removeAll();
        if (r == null) {
            return;
        }
        rincian.add(new H3(getTranslation("renjaView.judulRincian", r.judul(), TahapLabel.dari(this, r.tahap()))));
        List<String> langkah = renja.langkahSaatIni(r.id());
        rincian.add(new Paragraph(langkah.isEmpty() ? getTranslation("renjaView.tidakAdaLangkah")
                : getTranslation("renjaView.langkahSaatIni", String.join("; ", langkah))));
        renja.alurProses(r.id()).ifPresent(d -> {
            PanelAlurProses alur = new PanelAlurProses(d);
            alur.setId("alur-renja");
            rincian.add(alur);
        });
        if (r.tahap() == Tahap.DITETAPKAN) {
            rincian.add(new Paragraph(getTranslation("renjaView.ditetapkanDi", r.penetapanTempat(),
                    FormatIndonesia.tanggal(r.penetapanTanggal()), r.penetapanNama(), r.penetapanJabatan())));
        }
        HorizontalLayout tautan = new HorizontalLayout();
        renja.unitSaya(r.id())
                .ifPresent(u -> tautan.add(tombol(getTranslation("renjaView.bagianSaya"), "renja/" + r.id() + "/bagian")));
        if (renja.bolehMembuka(r.kecamatanId())) {
            // the sekcam takes a Renstra Perubahan over on the Telaah & Forum screen; here it is pointed out
            ambilRenstra.tersedia(r.id()).ifPresent(t -> {
                Paragraph tersedia = new Paragraph(getTranslation("renjaView.renstraTersedia", t.perubahanKe(),
                        getTranslation("renjaView.telaahForum")));
                tersedia.setId("renja-renstra-tersedia");
                rincian.add(tersedia);
            });
            tautan.add(tombol(getTranslation("renjaView.telaahForum"), "renja/" + r.id() + "/sekcam"));
            if (renja.tindakan(r.id()).contains(TindakanRenja.BUKA_PERUBAHAN)) {
                Button perubahan = new Button(getTranslation("renjaView.bukaPerubahan"), e -> dialogBuka(r));
                perubahan.setId("buka-perubahan");
                tautan.add(perubahan);
            }
        }
        tautan.add(tombol(getTranslation("renjaView.dokumenPenetapan"), "renja/" + r.id() + "/penetapan"));
        tautan.add(tombol(getTranslation("renjaView.evaluasiLalu"), "renja/" + r.id() + "/evaluasi-lalu"));
        if (r.tahap() == Tahap.DITETAPKAN) {
            // evaluasi depends on renja, never the other way round: the screen is reached by its route only
            Button rencanaAksi = tombol(getTranslation("renjaView.rencanaAksi"), "renja/" + r.id() + "/rencana-aksi");
            rencanaAksi.setId("rencana-aksi-renja");
            tautan.add(rencanaAksi);
        }
        rincian.add(tautan, new UnduhanRenja(dokumenRenja, r, renja.forum(r.id()).tanggal() != null),
                new SipdRenja(eksporSipd, imporSipd, batas, r, () -> rincian(r)));
        Grid<Peristiwa> timeline = new Grid<>();
        timeline.setId("timeline-grid");
        timeline.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.addColumn(p -> FormatIndonesia.waktu(p.waktu(), clock.getZone())).setHeader(getTranslation("renjaView.kolomWaktu")).setWidth("10rem")
                .setFlexGrow(0);
        timeline.addColumn(p -> getTranslation("renjaView.siapaJabatan", p.username(), p.jabatan()))
                .setHeader(getTranslation("renjaView.kolomSiapa")).setFlexGrow(1);
        timeline.addColumn(p -> AksiLabel.dari(this, p.aksi())).setHeader(getTranslation("renjaView.kolomApa")).setFlexGrow(1);
        timeline.addColumn(p -> p.unitNama() == null ? "" : p.unitNama()).setHeader(getTranslation("renjaView.kolomUnit"))
                .setFlexGrow(1);
        timeline.addColumn(p -> p.keterangan() == null ? "" : p.keterangan())
                .setHeader(getTranslation("renjaView.kolomKeterangan")).setFlexGrow(2);
        timeline.setItems(renja.timeline(r.id()));
        timeline.setAllRowsVisible(true);
        rincian.add(new H3(getTranslation("renjaView.riwayat")), timeline);
    }

    /** The year a new Renja is usually for: next year, or the first later one that has no Renja yet. */
    private int tahunBerikutnya() {
        KecamatanData k = kecamatan.getValue();
        Set<Integer> ada = k == null ? Set.of() : renja.daftar(k.id()).stream().filter(r -> r.jenis() == JenisRenja.MURNI)
                .map(RenjaRingkas::tahun).collect(Collectors.toSet());
        int tahun = LocalDate.now(clock).getYear() + 1;
        while (ada.contains(tahun)) {
            tahun++;
        }
        return tahun;
    }

    private Button tombol(String teks, String rute) {
        Button b = new Button(teks, e -> getUI().ifPresent(ui -> ui.navigate(rute)));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    /**
     * Opens a new Renja (asal == null) or a perubahan of a ditetapkan one, with the four deadlines; for a perubahan
     * also the units whose rows change.
     */
    private void dialogBuka(RenjaRingkas asal) {
        Dialog d = new Dialog();
        dialog = d;
        d.setHeaderTitle(asal == null ? getTranslation("renjaView.dialogBuka")
                : getTranslation("renjaView.dialogBukaPerubahan", asal.tahun()));
        IntegerField tahun = new IntegerField(getTranslation("renjaView.tahun"));
        tahun.setValue(asal == null ? tahunBerikutnya() : asal.tahun());
        tahun.setReadOnly(asal != null);
        LocalDate hariIni = LocalDate.now(clock);
        DatePicker isi = new PemilihTanggal(getTranslation("renjaView.batasIsi"), hariIni.plusDays(14));
        DatePicker telaah = new PemilihTanggal(getTranslation("renjaView.batasTelaah"), hariIni.plusDays(21));
        DatePicker forum = new PemilihTanggal(getTranslation("renjaView.batasForum"), hariIni.plusDays(35));
        DatePicker penetapan = new PemilihTanggal(getTranslation("renjaView.batasPenetapan"), hariIni.plusDays(45));
        FormLayout isian = new FormLayout(tahun, isi, telaah, forum, penetapan);
        if (asal != null) {
            unitPerubahan.setItems(renja.bagian(asal.id()));
            unitPerubahan.clear();
            isian.add(unitPerubahan, 2);
        }
        d.add(isian);
        Button ok = new Button(getTranslation("renjaView.buka"), e -> {
            try {
                Batas batas = new Batas(isi.getValue(), telaah.getValue(), forum.getValue(), penetapan.getValue());
                if (asal == null) {
                    pembukaan.buka(kecamatan.getValue().id(), tahun.getValue() == null ? 0 : tahun.getValue(), batas);
                    Notifikasi.sukses(getTranslation("renjaView.dibuka"));
                } else {
                    pembukaan.bukaPerubahan(asal.id(), unitPerubahan.getSelectedItems().stream()
                            .map(BagianRenja::unitKerjaId).collect(Collectors.toSet()), batas);
                    Notifikasi.sukses(getTranslation("renjaView.dibukaPerubahan"));
                }
                d.close();
                muat();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        ok.setId("konfirmasi-buka");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("umum.batal"), e -> d.close()), ok);
        d.open();
    }
}
