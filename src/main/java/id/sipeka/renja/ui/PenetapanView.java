package id.sipeka.renja.ui;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.ui.DialogKredensial;

import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.JenisRenja;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Jumlah;
import id.sipeka.renja.RenjaData.Perbedaan;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaData.Versi;
import id.sipeka.renja.RenjaDokumenService;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import id.sipeka.renja.TindakanRenja;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Renja as a document (T-C.33: program, kegiatan and sub kegiatan with target, lokasi, pagu, sumber dana and
 * prakiraan maju; program and kegiatan lines summed from their rows; TOTAL), with what changed since the
 * rancangan. The camat signs (place and date are recorded) or returns it to the sekcam with a reason.
 */
@Route("renja/:renjaId/penetapan")
@PageTitle("Renja – dokumen dan penetapan – SIPEKA")
@PermitAll
public class PenetapanView extends VerticalLayout implements BeforeEnterObserver {

    /** One line of the document table: a program/kegiatan sum or a sub kegiatan row. */
    record Baris(String kode, String nama, String indikator, String target, String targetSebelum, String lokasi, long pagu,
            Long paguSebelum, String sumberDana, String catatan, String targetMaju, long paguMaju, boolean jumlah) {
    }

    /** What the version select compares now with: one of this Renja's versions, or (nomor null) the ditetapkan Renja a perubahan revises. */
    record Pembanding(String label, Integer nomor) {
    }

    private final RenjaQueryService renja;
    private final PenetapanRenjaService penetapan;
    private final RenjaDokumenService dokumenRenja;
    private final OrganisasiService organisasi;
    private final Clock clock;
    private final DokumenService tte;
    final Grid<Baris> dokumen = new Grid<>();
    final TextField tempat = new TextField(getTranslation("penetapanView.tempat"));
    final DatePicker tanggal = new PemilihTanggal(getTranslation("penetapanView.tanggal"));
    final TextArea alasan = new TextArea(getTranslation("penetapanView.alasan"));
    final Button tetapkan = new Button(getTranslation("penetapanView.tetapkan"));
    final Button kembalikan = new Button(getTranslation("penetapanView.kembalikan"));
    final Select<Pembanding> pembanding = new Select<>();
    final Grid<Perbedaan> perbedaan = new Grid<>();
    long renjaId;
    long total;
    /** For a perubahan: the TOTAL of the ditetapkan Renja it revises (Sebelum Perubahan). */
    long totalSebelum;

    public PenetapanView(RenjaQueryService renja, PenetapanRenjaService penetapan, RenjaDokumenService dokumenRenja, OrganisasiService organisasi, Clock clock,
            DokumenService tte) {
        this.clock = clock;
        this.tte = tte;
        this.renja = renja;
        this.penetapan = penetapan;
        this.dokumenRenja = dokumenRenja;
        this.organisasi = organisasi;
        tetapkan.setId("tetapkan");
        tetapkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the camat signs the penetapan: asked for the BSrE passphrase first when the kabupaten signs through BSrE
        tetapkan.addClickListener(e -> DialogKredensial.tandatangani(tte, renja.ringkas(renjaId).kecamatanId(),
                () -> penetapan.tetapkan(renjaId, tempat.getValue(), tanggal.getValue()),
                getTranslation("penetapanView.ditetapkan"), this::tampilkan));
        kembalikan.setId("kembalikan-ke-sekcam");
        kembalikan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        kembalikan.addClickListener(e -> aksi(() -> penetapan.kembalikanKeSekcam(renjaId, alasan.getValue()),
                getTranslation("penetapanView.dikembalikan")));
        alasan.setWidthFull();
        alasan.setMaxLength(BatasTeks.KETERANGAN);
        tempat.setMaxLength(BatasTeks.LOKASI);
        pembanding.setLabel(getTranslation("penetapanView.sejakVersi"));
        pembanding.setItemLabelGenerator(Pembanding::label);
        pembanding.addValueChangeListener(e -> perbedaan.setItems(e.getValue() == null ? List.of()
                : e.getValue().nomor() == null ? renja.perbedaanDariInduk(renjaId)
                : renja.perbedaanSejak(renjaId, e.getValue().nomor())));
        perbedaan.setId("perbedaan-grid");
        perbedaan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        perbedaan.addColumn(Perbedaan::kode).setHeader(getTranslation("kolom.kode"));
        perbedaan.addColumn(Perbedaan::kolom).setHeader(getTranslation("penetapanView.kolom"));
        perbedaan.addColumn(p -> p.lama() == null ? "" : p.lama()).setHeader(getTranslation("penetapanView.versiTerpilih"));
        perbedaan.addColumn(p -> p.baru() == null ? "" : p.baru()).setHeader(getTranslation("penetapanView.sekarang"));
        perbedaan.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renjaId = ParameterRute.id(event, "renjaId");
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        RenjaRingkas r = renja.ringkas(renjaId);
        var kecamatan = organisasi.kecamatan(r.kecamatanId());
        add(new H2(getTranslation(r.jenis() == JenisRenja.PERUBAHAN ? "penetapanView.judulPerubahan" : "penetapanView.judul",
                kecamatan.nama().toUpperCase(), r.tahun())));
        add(new Paragraph(getTranslation("penetapanView.tahap", TahapLabel.dari(this, r.tahap()))));
        add(new UnduhanRenja(dokumenRenja, r, renja.forum(renjaId).tanggal() != null));
        if (r.tahap() == Tahap.DITETAPKAN && r.penetapanArsipKode() != null) {
            Anchor verifikasi = new Anchor("verifikasi/" + r.penetapanArsipKode(),
                    getTranslation("renjaDokumen.verifikasi", r.penetapanArsipKode()));
            verifikasi.setId("tautan-verifikasi");
            add(verifikasi);
        }
        List<Jumlah> perKelompok = renja.jumlah(renjaId);
        List<Baris> isi = susun(r, perKelompok);
        boolean perubahan = r.jenis() == JenisRenja.PERUBAHAN;
        Jumlah semua = Jumlah.total(perKelompok);
        total = semua.pagu();
        totalSebelum = semua.paguSebelum();
        susunGrid(perubahan, isi);
        add(new H3(getTranslation("penetapanView.rumusan", r.tahun(), r.tahun() + 1)), dokumen);
        Paragraph jumlah = new Paragraph(perubahan
                ? getTranslation("penetapanView.totalPerubahan", FormatIndonesia.rupiah(totalSebelum),
                        FormatIndonesia.rupiah(total), FormatIndonesia.rupiahPerubahan(semua.perubahanPagu()))
                : getTranslation("penetapanView.total", FormatIndonesia.rupiah(total)));
        jumlah.setId("total-renja");
        add(jumlah);
        List<Pembanding> pilihan = new ArrayList<>();
        if (perubahan) {
            // a perubahan's own versions all come after its changes were made: the ditetapkan Renja shows what changed
            pilihan.add(new Pembanding(getTranslation("penetapanView.pembandingInduk", r.tahun()), null));
        }
        for (Versi v : renja.versi(renjaId)) {
            pilihan.add(new Pembanding(getTranslation("penetapanView.versi", v.nomor(), TahapLabel.dari(this, v.tahap())), v.nomor()));
        }
        if (!pilihan.isEmpty()) {
            pembanding.setItems(pilihan);
            pembanding.clear(); // the same choice as before a step still shows the differences of now
            pembanding.setValue(pilihan.getFirst());
            add(new H3(getTranslation("penetapanView.perbedaan")), pembanding, perbedaan);
        }
        if (r.penetapanTanggal() != null) {
            add(new Paragraph(getTranslation("penetapanView.tempatTanggal", r.penetapanTempat(),
                            FormatIndonesia.tanggal(r.penetapanTanggal()))),
                    new Paragraph(getTranslation("penetapanView.jabatan", r.penetapanJabatan().toUpperCase())),
                    new Paragraph(r.penetapanNama()));
        } else if (renja.tindakan(renjaId).contains(TindakanRenja.TETAPKAN)) {
            tempat.setValue(kecamatan.ibuKota() == null ? "" : kecamatan.ibuKota());
            tanggal.setValue(LocalDate.now(clock));
            add(new H3(getTranslation("penetapanView.penetapan")), new FormLayout(tempat, tanggal), tetapkan, alasan,
                    new HorizontalLayout(kembalikan));
        }
    }

    private List<Baris> susun(RenjaRingkas r, List<Jumlah> jumlah) {
        List<Baris> isi = new ArrayList<>();
        for (Jumlah j : jumlah) {
            isi.add(new Baris(j.kode(), j.nama(), "", "", "", "", j.pagu(), r.jenis() == JenisRenja.PERUBAHAN ? j.paguSebelum() : null,
                    "", "", "", j.paguMaju(), true));
        }
        for (BarisRenja b : renja.baris(renjaId)) {
            isi.add(new Baris(b.kode(), b.nama(), teks(b.indikator()),
                    target(b.target(), b.satuan()), target(b.targetSebelum(), b.satuan()), teks(b.lokasi()),
                    b.pagu() == null ? 0 : b.pagu(), b.paguSebelum(), teks(b.sumberDana()), teks(b.catatan()),
                    target(b.targetMaju(), b.satuan()),
                    b.paguMaju() == null ? 0 : b.paguMaju(), false));
        }
        isi.sort(Comparator.comparing(Baris::kode));
        return isi;
    }

    private void susunGrid(boolean perubahan, List<Baris> isi) {
        dokumen.removeAllColumns();
        dokumen.setId("dokumen-grid");
        dokumen.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        dokumen.addColumn(Baris::kode).setHeader(getTranslation("kolom.kode")).setWidth("11rem").setFlexGrow(0)
                .setFooter(getTranslation("penetapanView.totalKaki"));
        dokumen.addColumn(Baris::nama).setHeader(getTranslation("penetapanView.programKegiatan")).setWidth("16rem").setFlexGrow(1);
        dokumen.addColumn(Baris::lokasi).setHeader(getTranslation("penetapanView.lokasi")).setWidth("9rem").setFlexGrow(0);
        dokumen.addColumn(Baris::indikator).setHeader(getTranslation("penetapanView.indikator")).setWidth("12rem").setFlexGrow(1);
        if (perubahan) {
            // Sebelum / Setelah side by side, as the Renja Perubahan document prints them
            dokumen.addColumn(Baris::targetSebelum).setKey("targetSebelum").setHeader(getTranslation("penetapanView.targetSebelum")).setWidth("7rem")
                    .setFlexGrow(0);
        }
        dokumen.addColumn(Baris::target).setKey("target").setHeader(getTranslation(perubahan ? "penetapanView.targetSetelah" : "penetapanView.target"))
                .setWidth("7rem").setFlexGrow(0);
        if (perubahan) {
            dokumen.addColumn(b -> b.paguSebelum() == null ? "" : FormatIndonesia.rupiah(b.paguSebelum())).setKey("paguSebelum")
                    .setHeader(getTranslation("penetapanView.paguSebelum")).setTextAlign(ColumnTextAlign.END).setWidth("10rem")
                    .setFlexGrow(0).setFooter(FormatIndonesia.rupiah(totalSebelum));
        }
        dokumen.addColumn(b -> FormatIndonesia.rupiah(b.pagu())).setKey("pagu")
                .setHeader(getTranslation(perubahan ? "penetapanView.paguSetelah" : "penetapanView.paguIndikatif"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0).setFooter(FormatIndonesia.rupiah(total));
        if (perubahan) {
            dokumen.addColumn(b -> b.paguSebelum() == null ? "" : FormatIndonesia.rupiahPerubahan(b.pagu() - b.paguSebelum()))
                    .setKey("jumlahPerubahan").setHeader(getTranslation("penetapanView.jumlahPerubahan")).setTextAlign(ColumnTextAlign.END).setWidth("9rem")
                    .setFlexGrow(0).setFooter(FormatIndonesia.rupiahPerubahan(Math.subtractExact(total, totalSebelum)));
        }
        dokumen.addColumn(Baris::sumberDana).setHeader(getTranslation("penetapanView.sumberDana")).setWidth("7rem").setFlexGrow(0);
        dokumen.addColumn(Baris::catatan).setHeader(getTranslation("penetapanView.catatanPenting")).setWidth("9rem")
                .setFlexGrow(0);
        dokumen.addColumn(Baris::targetMaju).setHeader(getTranslation("penetapanView.targetMaju")).setWidth("7rem").setFlexGrow(0);
        dokumen.addColumn(b -> FormatIndonesia.rupiah(b.paguMaju())).setHeader(getTranslation("penetapanView.paguMaju"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        dokumen.setPartNameGenerator(b -> b.jumlah() ? "baris-program" : null);
        dokumen.setItems(isi);
        dokumen.setHeight("55vh");
    }

    private void aksi(Runnable kerja, String berhasil) {
        Notifikasi.jalankan(kerja, berhasil, this::tampilkan);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }

    private static String target(java.math.BigDecimal target, String satuan) {
        return target == null ? "" : FormatIndonesia.angka(target) + " " + teks(satuan);
    }
}
