package id.sipeka.renja.ui;

import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.base.ui.ParameterRute;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renstra.SumberDanaService;
import id.sipeka.renja.AktivitasRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.TindakanRenja;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "Bagian saya": the rows and narrative parts of the user's unit, editable while the unit's task is open, with
 * returned rows marked with the sekcam's reason; the unit head submits when every row is complete.
 */
@Route("renja/:renjaId/bagian")
@PageTitle("Bagian saya – SIPEKA")
@RolesAllowed({Peran.KEPALA_UNIT_, Peran.STAF_})
public class BagianSayaView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaQueryService renja;
    private final PengisianBagianService pengisian;
    private final OrganisasiService organisasi;
    private final SumberDanaService sumberDana;
    private final AktivitasRenjaService aktivitas;
    final Grid<BarisRenja> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Button ajukan = new Button(getTranslation("bagianSaya.ajukan"));
    long renjaId;
    Long unitId;
    boolean dapatDiubah;

    public BagianSayaView(RenjaQueryService renja, PengisianBagianService pengisian, OrganisasiService organisasi,
            SumberDanaService sumberDana, AktivitasRenjaService aktivitas) {
        this.sumberDana = sumberDana;
        this.aktivitas = aktivitas;
        this.renja = renja;
        this.pengisian = pengisian;
        this.organisasi = organisasi;
        setSizeFull();
        status.setId("status-bagian");
        ajukan.setId("ajukan-bagian");
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajukan.addClickListener(e -> Notifikasi.jalankan(() -> pengisian.ajukanBagian(renjaId, unitId),
                getTranslation("bagianSaya.diajukan"), this::tampilkan));
        grid.setId("bagian-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(BarisRenja::kode).setHeader(getTranslation("kolom.kode")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(BarisRenja::nama).setHeader(getTranslation("bagianSaya.subKegiatan")).setWidth("16rem").setFlexGrow(1);
        grid.addColumn(b -> teks(b.indikator())).setHeader(getTranslation("bagianSaya.indikator")).setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(b -> b.target() == null ? "" : FormatIndonesia.angka(b.target()) + " " + teks(b.satuan()))
                .setHeader(getTranslation("bagianSaya.target")).setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(b -> teks(b.lokasi())).setHeader(getTranslation("bagianSaya.lokasi")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(b -> b.pagu() == null ? "" : FormatIndonesia.rupiah(b.pagu()))
                .setHeader(getTranslation("bagianSaya.paguIndikatif")).setTextAlign(ColumnTextAlign.END).setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(b -> teks(b.sumberDana())).setHeader(getTranslation("bagianSaya.sumberDana")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(b -> b.catatanTelaah() == null ? "" : b.catatanTelaah())
                .setHeader(getTranslation("bagianSaya.catatanSekcam")).setWidth("12rem").setFlexGrow(1);
        // A click on a row opens its editor while the unit's task is open.
        grid.addItemClickListener(e -> {
            if (dapatDiubah) {
                bukaBaris(e.getItem()).open();
            }
        });
        grid.setPartNameGenerator(b -> b.dikembalikan() ? "dikembalikan" : null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renjaId = ParameterRute.id(event, "renjaId");
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        RenjaRingkas r = renja.ringkas(renjaId);
        unitId = renja.unitSaya(renjaId).orElse(null);
        if (unitId == null) {
            add(new H2(r.judul()), new Paragraph(getTranslation("bagianSaya.tanpaBagian")));
            return;
        }
        Set<TindakanRenja> boleh = renja.tindakanBagian(renjaId, unitId);
        dapatDiubah = boleh.contains(TindakanRenja.ISI_BAGIAN);
        BagianRenja bagian = renja.bagian(renjaId).stream().filter(b -> b.unitKerjaId() == unitId).findFirst().orElseThrow();
        add(new H2(getTranslation("bagianSaya.judul", r.judul(), bagian.unitNama())));
        status.setText(getTranslation("bagianSaya.status", statusTeks(bagian), bagian.barisLengkap(), bagian.jumlahBaris(),
                getTranslation(dapatDiubah ? "bagianSaya.dapatDiubah" : "bagianSaya.hanyaBaca")));
        add(status);
        if (bagian.status() == StatusPersetujuan.DIKEMBALIKAN && bagian.alasan() != null) {
            Paragraph alasan = new Paragraph(getTranslation("bagianSaya.alasanSekcam", bagian.alasan()));
            alasan.addClassName("masalah");
            add(alasan);
        }
        grid.setItems(renja.barisUnit(renjaId, unitId));
        grid.getDataProvider().refreshAll();
        add(grid);
        setFlexGrow(1, grid);
        ajukan.setEnabled(boleh.contains(TindakanRenja.AJUKAN_BAGIAN));
        add(ajukan);
        add(new H3(getTranslation("bagianSaya.narasi")));
        for (NarasiRenja n : renja.narasi(renjaId).stream().filter(n -> unitId.equals(n.unitKerjaId())).toList()) {
            TextArea isi = new TextArea(n.kode().replaceAll("\\.u\\d+$", "") + " " + n.judul());
            isi.setWidthFull();
            isi.setMaxLength(BatasTeks.TEKS_PANJANG);
            isi.setValue(n.isi() == null ? "" : n.isi());
            isi.setReadOnly(!dapatDiubah);
            Button simpan = new Button(getTranslation("bagianSaya.simpanNarasi"), e -> {
                try {
                    pengisian.simpanNarasi(n.id(), n.version(), isi.getValue());
                    Notifikasi.sukses(getTranslation("bagianSaya.narasiTersimpan"));
                    tampilkan();
                } catch (RuntimeException ex) {
                    Notifikasi.gagal(ex);
                }
            });
            simpan.setEnabled(dapatDiubah);
            add(isi, simpan);
        }
    }

    /** The row's editor, with its Aktivitas where the kabupaten plans them (issue 13). */
    BarisRenjaDialog bukaBaris(BarisRenja b) {
        return aktivitas.dipakai(renjaId)
                ? new BarisRenjaDialog(pengisian, b, pilihanLokasi(), sumberDana.pilihan(), this::tampilkan, aktivitas,
                        id -> renja.baris(renjaId).stream().filter(x -> x.id() == id).findFirst().orElseThrow())
                : new BarisRenjaDialog(pengisian, b, pilihanLokasi(), sumberDana.pilihan(), this::tampilkan);
    }

    private List<String> pilihanLokasi() {
        long kecamatanId = renja.ringkas(renjaId).kecamatanId();
        List<String> pilihan = new ArrayList<>();
        pilihan.add("Kecamatan " + organisasi.kecamatan(kecamatanId).nama());
        organisasi.desa(kecamatanId).stream().map(DesaData::nama).forEach(d -> pilihan.add("Desa " + d));
        return pilihan;
    }

    private String statusTeks(BagianRenja b) {
        if (b.dibawa()) {
            return getTranslation("bagianSaya.status.dibawa");
        }
        String status = getTranslation(switch (b.status()) {
            case DIISI -> "bagianSaya.status.DIISI";
            case DIAJUKAN -> "bagianSaya.status.DIAJUKAN";
            case DIKEMBALIKAN -> "bagianSaya.status.DIKEMBALIKAN";
            case DISETUJUI -> "bagianSaya.status.DISETUJUI";
        });
        return b.terlambat() ? getTranslation("bagianSaya.statusTerlambat", status) : status;
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
