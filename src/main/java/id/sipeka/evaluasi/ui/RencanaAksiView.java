package id.sipeka.evaluasi.ui;

import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.evaluasi.EvaluasiData.BarisPk;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import id.sipeka.evaluasi.EvaluasiData.RencanaAksiUnitData;
import id.sipeka.evaluasi.PerjanjianKinerjaService;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService;
import id.sipeka.evaluasi.PerjanjianKinerjaCamatService;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.evaluasi.RencanaAksiService;
import id.sipeka.evaluasi.StatusRencanaAksi;
import id.sipeka.evaluasi.Tindakan;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.Tahap;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Rencana aksi and perjanjian kinerja of a ditetapkan Renja. A unit's head or staf fills the unit's TW I–IV target
 * and Rp (warnings never block) and the head submits; the sekcam sees every unit's status and warnings, opens a
 * unit read-only, approves or returns it with a reason; the head confirms the unit's perjanjian kinerja. Everyone
 * else of the kecamatan reads. Who may do what is decided by {@link RencanaAksiService}; buttons only follow it.
 */
@Route("renja/:renjaId/rencana-aksi")
@PageTitle("Rencana Aksi & Perjanjian Kinerja – SIPEKA")
@PermitAll
public class RencanaAksiView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaQueryService renja;
    private final RencanaAksiService rencanaAksi;
    private final PerjanjianKinerjaService perjanjianKinerja;
    /** Signing and downloading the PK document, under the PK table. */
    final BagianDokumenPk dokumenPk;
    private final java.time.ZoneId zona;

    /** Every unit with status and warnings: for the sekcam and for readers outside the units. */
    final Grid<RencanaAksiUnitData> ringkasan = new Grid<>();
    final VerticalLayout panel = new VerticalLayout();
    final Paragraph status = new Paragraph();
    final Paragraph alasan = new Paragraph();
    final Div peringatan = new Div();
    final UnorderedList daftarPeringatan = new UnorderedList();
    final Grid<BarisRencanaAksi> grid = new Grid<>();
    final Button ajukan = new Button(getTranslation("rencanaAksiView.ajukan"));
    final Button setujui = new Button(getTranslation("rencanaAksiView.setujui"));
    final Button kembalikan = new Button(getTranslation("rencanaAksiView.kembalikan"));
    final Grid<BarisPkBernomor> pk = new Grid<>();
    final Paragraph pihakPertama = new Paragraph();
    final Paragraph statusPk = new Paragraph();
    final Button konfirmasi = new Button(getTranslation("rencanaAksiView.konfirmasi"));
    final VerticalLayout isiRencana = new VerticalLayout();
    final VerticalLayout isiPk = new VerticalLayout();
    /** Built once: the sheet attaches a tab's content only before the next response, so it is refilled, not rebuilt. */
    final TabSheet tab = new TabSheet();

    private final Grid.Column<BarisRencanaAksi> kolomAnggaran;
    private final List<Grid.Column<BarisRencanaAksi>> kolomRp = new ArrayList<>(4);
    private final Grid.Column<BarisRencanaAksi> kolomJumlah;
    private final Grid.Column<BarisPkBernomor> kolomPkAnggaran;

    long renjaId;
    RenjaRingkas renjaData;
    Long unitSaya;
    boolean sekcam;
    /** The unit whose rencana aksi is shown (the user's own, or the one picked in the overview). */
    Long unitDipilih;
    boolean dapatDiubah;
    private boolean memuat;

    /** A row of the PK table with its number (the table is numbered like the seed's BAB II). */
    record BarisPkBernomor(int no, BarisPk baris) {
    }

    public RencanaAksiView(RenjaQueryService renja, RencanaAksiService rencanaAksi, PerjanjianKinerjaService perjanjianKinerja,
            PerjanjianKinerjaDokumenService dokumenPk, PerjanjianKinerjaCamatService pkCamat, DokumenService tte, Clock clock) {
        this.renja = renja;
        this.dokumenPk = new BagianDokumenPk(dokumenPk, pkCamat, tte, this::tampilkan);
        this.rencanaAksi = rencanaAksi;
        this.perjanjianKinerja = perjanjianKinerja;
        this.zona = clock.getZone();
        setSizeFull();

        ringkasan.setId("rencana-aksi-unit-grid");
        ringkasan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ringkasan.addColumn(RencanaAksiUnitData::unitNama).setHeader(getTranslation("rencanaAksiView.unit")).setFlexGrow(1);
        ringkasan.addColumn(u -> statusLabel(u.status())).setHeader(getTranslation("rencanaAksiView.status")).setFlexGrow(1);
        ringkasan.addColumn(u -> u.peringatan().isEmpty() ? ""
                        : getTranslation("rencanaAksiView.jumlahPeringatan", u.peringatan().size()))
                .setHeader(getTranslation("rencanaAksiView.peringatan")).setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(u -> String.join("\n", u.peringatan()));
        ringkasan.addColumn(u -> teks(u.alasan())).setHeader(getTranslation("rencanaAksiView.alasanPengembalian")).setFlexGrow(2);
        ringkasan.setAllRowsVisible(true);
        ringkasan.asSingleSelect().addValueChangeListener(e -> {
            if (!memuat) {
                unitDipilih = e.getValue() == null ? null : e.getValue().unitKerjaId();
                tampilkanUnit(rencanaAksi.ringkasan(renjaId));
            }
        });

        status.setId("status-rencana-aksi");
        alasan.setId("alasan-rencana-aksi");
        alasan.addClassName("masalah");
        peringatan.setId("peringatan-rencana-aksi");
        peringatan.addClassName("peringatan");
        peringatan.add(new Paragraph(getTranslation("rencanaAksiView.peringatanJudul")), daftarPeringatan);

        grid.setId("rencana-aksi-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(BarisRencanaAksi::kode).setHeader(getTranslation("rencanaAksiView.kode")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(BarisRencanaAksi::nama).setHeader(getTranslation("rencanaAksiView.subKegiatan")).setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(b -> teks(b.indikator())).setHeader(getTranslation("rencanaAksiView.indikator")).setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(b -> teks(b.satuan())).setHeader(getTranslation("rencanaAksiView.satuan")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(b -> FormatIndonesia.angka(b.targetTahunan())).setHeader(getTranslation("rencanaAksiView.targetTahunan"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        kolomAnggaran = grid.addColumn(b -> b.anggaran() == null ? "" : FormatIndonesia.angka(b.anggaran()))
                .setHeader(getTranslation("rencanaAksiView.anggaranRp")).setTextAlign(ColumnTextAlign.END).setWidth("9rem")
                .setFlexGrow(0);
        List<Grid.Column<BarisRencanaAksi>> kolomTarget = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            int tw = i;
            kolomTarget.add(grid.addColumn(b -> FormatIndonesia.angka(b.target().get(tw)))
                    .setHeader(getTranslation("rencanaAksiView.target"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0));
            kolomRp.add(grid.addColumn(b -> b.rp().get(tw) == null ? "" : FormatIndonesia.angka(b.rp().get(tw)))
                    .setHeader(getTranslation("rencanaAksiView.rp")).setTextAlign(ColumnTextAlign.END).setWidth("8.5rem")
                    .setFlexGrow(0));
        }
        kolomJumlah = grid.addColumn(b -> FormatIndonesia.angka(b.jumlahRp()) + (selisih(b) ? " ⚠" : ""))
                .setHeader(getTranslation("rencanaAksiView.jumlahRp")).setTextAlign(ColumnTextAlign.END).setWidth("9.5rem")
                .setFlexGrow(0).setTooltipGenerator(b -> selisih(b) ? getTranslation("rencanaAksiView.tidakSamaAnggaran",
                        FormatIndonesia.rupiah(b.anggaran() == null ? 0 : b.anggaran())) : null);
        var kelompok = grid.prependHeaderRow();
        for (int i = 0; i < 4; i++) {
            kelompok.join(kolomTarget.get(i), kolomRp.get(i))
                    .setText(getTranslation("rencanaAksiView.tw", FormatIndonesia.triwulan(i + 1)));
        }
        grid.setAllRowsVisible(true);
        // A click on a row opens its editor while the unit's rencana aksi is a draf (or returned) and is the user's.
        grid.addItemClickListener(e -> {
            if (dapatDiubah) {
                new RencanaAksiDialog(rencanaAksi, e.getItem(), this::tampilkan).open();
            }
        });

        ajukan.setId("ajukan-rencana-aksi");
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajukan.addClickListener(e -> aksi(() -> rencanaAksi.ajukan(renjaId, unitDipilih),
                getTranslation("rencanaAksiView.diajukan")));
        setujui.setId("setujui-rencana-aksi");
        setujui.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setujui.addClickListener(e -> aksi(() -> rencanaAksi.setujui(renjaId, unitDipilih),
                getTranslation("rencanaAksiView.disetujui")));
        kembalikan.setId("kembalikan-rencana-aksi");
        kembalikan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        kembalikan.addClickListener(e -> dialogKembalikan());

        pk.setId("pk-grid");
        pk.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        pk.addColumn(BarisPkBernomor::no).setHeader(getTranslation("rencanaAksiView.pkNo")).setWidth("4rem").setFlexGrow(0);
        pk.addColumn(p -> teks(p.baris().kegiatan())).setHeader(getTranslation("rencanaAksiView.pkKegiatan")).setFlexGrow(1);
        pk.addColumn(p -> p.baris().kode() + " " + p.baris().subKegiatan())
                .setHeader(getTranslation("rencanaAksiView.pkSubKegiatan")).setFlexGrow(1);
        pk.addColumn(p -> teks(p.baris().indikator())).setHeader(getTranslation("rencanaAksiView.pkIndikator")).setFlexGrow(1);
        pk.addColumn(p -> p.baris().target() == null ? ""
                : FormatIndonesia.angka(p.baris().target()) + " " + teks(p.baris().satuan()))
                .setHeader(getTranslation("rencanaAksiView.pkTarget")).setTextAlign(ColumnTextAlign.END).setWidth("9rem")
                .setFlexGrow(0).setFooter(getTranslation("rencanaAksiView.pkJumlahAnggaran"));
        kolomPkAnggaran = pk.addColumn(p -> p.baris().anggaran() == null ? "" : FormatIndonesia.rupiah(p.baris().anggaran()))
                .setHeader(getTranslation("rencanaAksiView.pkAnggaran")).setTextAlign(ColumnTextAlign.END).setWidth("11rem")
                .setFlexGrow(0);
        pk.addColumn(p -> teks(p.baris().sumberDana())).setHeader(getTranslation("rencanaAksiView.pkKeterangan")).setWidth("7rem")
                .setFlexGrow(0);
        pk.setAllRowsVisible(true);
        pihakPertama.setId("pihak-pertama-pk");
        statusPk.setId("status-pk");
        konfirmasi.setId("konfirmasi-pk");
        konfirmasi.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        konfirmasi.addClickListener(e -> aksi(() -> perjanjianKinerja.konfirmasiPk(renjaId, unitDipilih),
                getTranslation("rencanaAksiView.dikonfirmasi")));
        panel.setPadding(false);
        isiRencana.setPadding(false);
        isiPk.setPadding(false);
        tab.setWidthFull();
        tab.add(getTranslation("rencanaAksiView.tabRencanaAksi"), isiRencana);
        tab.add(getTranslation("rencanaAksiView.tabPk"), isiPk);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renjaId = ParameterRute.id(event, "renjaId");
        unitDipilih = null;
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        renjaData = renja.ringkas(renjaId);
        add(new H2(getTranslation("rencanaAksiView.judul", renjaData.judul())));
        if (renjaData.tahap() != Tahap.DITETAPKAN) {
            add(new Paragraph(getTranslation("rencanaAksiView.belumDitetapkan")));
            return;
        }
        unitSaya = renja.unitSaya(renjaId).orElse(null);
        sekcam = renja.bolehMembuka(renjaData.kecamatanId());
        if (unitDipilih == null) {
            unitDipilih = unitSaya;
        }
        List<RencanaAksiUnitData> semua = rencanaAksi.ringkasan(renjaId);
        if (unitSaya == null || sekcam) {
            memuat = true;
            try {
                ringkasan.setItems(semua);
                semua.stream().filter(u -> Objects.equals(u.unitKerjaId(), unitDipilih)).findFirst()
                        .ifPresent(ringkasan::select);
            } finally {
                memuat = false;
            }
            add(new H3(getTranslation("rencanaAksiView.perUnit")), ringkasan);
            dokumenPk.menungguCamat(renjaId, semua).ifPresent(this::add);
            add(dokumenPk.pkCamat(renjaId, renjaData.kecamatanId()));
        }
        add(panel);
        tampilkanUnit(semua);
    }

    /** The chosen unit: its rencana aksi (status, reason, warnings, rows, actions) and its perjanjian kinerja. */
    private void tampilkanUnit(List<RencanaAksiUnitData> semua) {
        panel.removeAll();
        RencanaAksiUnitData u = semua.stream().filter(x -> Objects.equals(x.unitKerjaId(), unitDipilih))
                .findFirst().orElse(null);
        if (u == null) {
            dapatDiubah = false;
            panel.add(new Paragraph(getTranslation("rencanaAksiView.pilihUnit")));
            return;
        }
        boolean milikSaya = Objects.equals(unitDipilih, unitSaya);
        Set<Tindakan> boleh = rencanaAksi.tindakan(renjaId, unitDipilih);
        dapatDiubah = boleh.contains(Tindakan.ISI);
        panel.add(new H3(u.unitNama()), tab);

        isiRencana.removeAll();
        status.setText(getTranslation("rencanaAksiView.statusRencana", statusLabel(u.status()),
                dapatDiubah ? getTranslation("rencanaAksiView.petunjukIsi") : getTranslation("rencanaAksiView.hanyaBaca")));
        isiRencana.add(status);
        if (u.status() == StatusRencanaAksi.DIKEMBALIKAN && u.alasan() != null) {
            alasan.setText(getTranslation("rencanaAksiView.alasanSekcam", u.alasan()));
            isiRencana.add(alasan);
        }
        daftarPeringatan.removeAll();
        u.peringatan().forEach(p -> daftarPeringatan.add(new ListItem(p)));
        if (!u.peringatan().isEmpty()) {
            isiRencana.add(peringatan);
        }
        List<BarisRencanaAksi> baris = rencanaAksi.baris(renjaId, unitDipilih);
        grid.setItems(baris);
        kolomAnggaran.setFooter(FormatIndonesia.angka(jumlah(baris, b -> b.anggaran() == null ? 0 : b.anggaran())));
        for (int i = 0; i < 4; i++) {
            int tw = i;
            kolomRp.get(i).setFooter(FormatIndonesia.angka(jumlah(baris, b -> b.rp().get(tw) == null ? 0 : b.rp().get(tw))));
        }
        kolomJumlah.setFooter(FormatIndonesia.angka(jumlah(baris, BarisRencanaAksi::jumlahRp)));
        isiRencana.add(grid);
        ajukan.setVisible(milikSaya);
        ajukan.setEnabled(boleh.contains(Tindakan.AJUKAN));
        setujui.setVisible(sekcam);
        kembalikan.setVisible(sekcam);
        setujui.setEnabled(boleh.contains(Tindakan.SETUJUI));
        kembalikan.setEnabled(boleh.contains(Tindakan.KEMBALIKAN));
        isiRencana.add(new HorizontalLayout(ajukan, setujui, kembalikan));
        perjanjianKinerja(milikSaya);
    }

    private void perjanjianKinerja(boolean milikSaya) {
        PerjanjianKinerjaData data = perjanjianKinerja.perjanjianKinerja(renjaId, unitDipilih);
        List<BarisPkBernomor> baris = new ArrayList<>();
        for (BarisPk b : data.baris()) {
            baris.add(new BarisPkBernomor(baris.size() + 1, b));
        }
        pk.setItems(baris);
        kolomPkAnggaran.setFooter(FormatIndonesia.rupiah(data.jumlahAnggaran()));
        pihakPertama.setText(data.jabatan() == null
                ? getTranslation("rencanaAksiView.pihakPertama", data.tahun(), data.unitNama(), teks(data.pihakPertama()))
                : getTranslation("rencanaAksiView.pihakPertamaJabatan", data.tahun(), data.unitNama(), teks(data.pihakPertama()),
                        data.jabatan()));
        if (data.dikonfirmasiPada() == null) {
            statusPk.setText(getTranslation("rencanaAksiView.belumDikonfirmasi"));
        } else {
            statusPk.setText(getTranslation("rencanaAksiView.dikonfirmasiOleh", teks(data.pihakPertama()),
                    data.dikonfirmasiOleh(),
                    FormatIndonesia.tanggal(data.dikonfirmasiPada(), zona), FormatIndonesia.jam(data.dikonfirmasiPada(), zona)));
        }
        konfirmasi.setVisible(milikSaya && data.dikonfirmasiPada() == null);
        isiPk.removeAll();
        isiPk.add(pihakPertama, pk, statusPk, konfirmasi);
        dokumenPk.tampilkan(renjaId, unitDipilih, renjaData.kecamatanId(), zona);
        isiPk.add(dokumenPk);
    }

    /** The sekcam returns the unit's rencana aksi; the reason is required (the service refuses an empty one). */
    private void dialogKembalikan() {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("rencanaAksiView.kembalikanJudul"));
        TextArea isi = new TextArea(getTranslation("rencanaAksiView.alasanPengembalian"));
        isi.setId("alasan-kembalikan");
        isi.setMaxLength(BatasTeks.ALASAN);
        isi.setRequiredIndicatorVisible(true);
        isi.setWidth("min(36em, 85vw)");
        d.add(isi);
        Button ok = new Button(getTranslation("rencanaAksiView.kembalikan"), e -> {
            try {
                rencanaAksi.kembalikan(renjaId, unitDipilih, isi.getValue());
                Notifikasi.sukses(getTranslation("rencanaAksiView.dikembalikan"));
                d.close();
                tampilkan();
            } catch (RuntimeException ex) {
                isi.setInvalid(isi.getValue().isBlank());
                isi.setErrorMessage(getTranslation("rencanaAksiView.alasanWajib"));
                Notifikasi.gagal(ex);
            }
        });
        ok.setId("konfirmasi-kembalikan");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR);
        d.getFooter().add(new Button(getTranslation("umum.batal"), e -> d.close()), ok);
        d.open();
    }

    private void aksi(Runnable kerja, String berhasil) {
        Notifikasi.jalankan(kerja, berhasil, this::tampilkan);
    }

    private static boolean selisih(BarisRencanaAksi b) {
        return b.jumlahRp() != (b.anggaran() == null ? 0 : b.anggaran());
    }

    private static long jumlah(List<BarisRencanaAksi> baris, ToLongFunction<BarisRencanaAksi> nilai) {
        return baris.stream().mapToLong(nilai).reduce(0L, Math::addExact);
    }

    String statusLabel(StatusRencanaAksi s) {
        return switch (s) {
            case DRAF -> getTranslation("rencanaAksiView.statusDraf");
            case DIAJUKAN -> getTranslation("rencanaAksiView.statusDiajukan");
            case DIKEMBALIKAN -> getTranslation("rencanaAksiView.statusDikembalikan");
            case DISETUJUI -> getTranslation("rencanaAksiView.statusDisetujui");
        };
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
