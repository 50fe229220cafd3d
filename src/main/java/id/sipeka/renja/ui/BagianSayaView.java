package id.sipeka.renja.ui;

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
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.organisasi.OrganisasiData.DesaData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BagianRenja;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.NarasiRenja;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaService;
import id.sipeka.renja.StatusBagian;
import id.sipeka.security.Peran;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * "Bagian saya": the rows and narrative parts of the user's unit, editable while the unit's task is open, with
 * returned rows marked with the sekcam's reason; the unit head submits when every row is complete.
 */
@Route("renja/:renjaId/bagian")
@PageTitle("Bagian saya – SIPEKA")
@RolesAllowed({Peran.KEPALA_UNIT_, Peran.STAF_})
public class BagianSayaView extends VerticalLayout implements BeforeEnterObserver {

    private final RenjaService renja;
    private final OrganisasiService organisasi;
    final Grid<BarisRenja> grid = new Grid<>();
    final Paragraph status = new Paragraph();
    final Button ajukan = new Button("Ajukan ke Sekcam");
    long renjaId;
    Long unitId;
    boolean dapatDiubah;

    public BagianSayaView(RenjaService renja, OrganisasiService organisasi) {
        this.renja = renja;
        this.organisasi = organisasi;
        setSizeFull();
        status.setId("status-bagian");
        ajukan.setId("ajukan-bagian");
        ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajukan.addClickListener(e -> {
            try {
                renja.ajukanBagian(renjaId, unitId);
                Notifikasi.sukses("Bagian diajukan ke Sekretaris Camat.");
                tampilkan();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        grid.setId("bagian-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(BarisRenja::kode).setHeader("Kode").setWidth("11em").setFlexGrow(0);
        grid.addColumn(BarisRenja::nama).setHeader("Sub kegiatan").setWidth("16em").setFlexGrow(1);
        grid.addColumn(b -> teks(b.indikator())).setHeader("Indikator").setWidth("14em").setFlexGrow(1);
        grid.addColumn(b -> b.target() == null ? "" : FormatIndonesia.angka(b.target()) + " " + teks(b.satuan()))
                .setHeader("Target").setTextAlign(ColumnTextAlign.END).setWidth("8em").setFlexGrow(0);
        grid.addColumn(b -> teks(b.lokasi())).setHeader("Lokasi").setWidth("10em").setFlexGrow(0);
        grid.addColumn(b -> b.pagu() == null ? "" : FormatIndonesia.rupiah(b.pagu())).setHeader("Pagu indikatif")
                .setTextAlign(ColumnTextAlign.END).setWidth("11em").setFlexGrow(0);
        grid.addColumn(b -> teks(b.sumberDana())).setHeader("Sumber dana").setWidth("8em").setFlexGrow(0);
        grid.addColumn(b -> b.catatanTelaah() == null ? "" : b.catatanTelaah()).setHeader("Catatan sekcam")
                .setWidth("12em").setFlexGrow(1);
        // A click on a row opens its editor while the unit's task is open.
        grid.addItemClickListener(e -> {
            if (dapatDiubah) {
                new BarisRenjaDialog(renja, e.getItem(), pilihanLokasi(), this::tampilkan).open();
            }
        });
        grid.setPartNameGenerator(b -> b.dikembalikan() ? "dikembalikan" : null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        renjaId = event.getRouteParameters().getLong("renjaId").orElse(0L);
        tampilkan();
    }

    void tampilkan() {
        removeAll();
        RenjaRingkas r = renja.ringkas(renjaId);
        unitId = renja.unitSaya(renjaId).orElse(null);
        if (unitId == null) {
            add(new H2(r.judul()), new Paragraph("Unit Anda tidak mempunyai bagian dalam Renja ini."));
            return;
        }
        dapatDiubah = renja.sedangDiisi(renjaId, unitId);
        BagianRenja bagian = renja.bagian(renjaId).stream().filter(b -> b.unitKerjaId() == unitId).findFirst().orElseThrow();
        add(new H2("Bagian saya – " + r.judul() + " – " + bagian.unitNama()));
        status.setText(statusTeks(bagian) + " " + bagian.barisLengkap() + " dari " + bagian.jumlahBaris() + " baris lengkap."
                + (dapatDiubah ? " Klik baris untuk mengubahnya." : " Hanya baca: tidak ada tugas terbuka untuk unit Anda."));
        add(status);
        if (bagian.status() == StatusBagian.DIKEMBALIKAN && bagian.alasan() != null) {
            Paragraph alasan = new Paragraph("Alasan sekcam: " + bagian.alasan());
            alasan.addClassName("masalah");
            add(alasan);
        }
        grid.setItems(renja.barisUnit(renjaId, unitId));
        grid.getDataProvider().refreshAll();
        add(grid);
        setFlexGrow(1, grid);
        ajukan.setEnabled(dapatDiubah);
        add(ajukan);
        add(new H3("Narasi bagian ini"));
        for (NarasiRenja n : renja.narasi(renjaId).stream().filter(n -> unitId.equals(n.unitKerjaId())).toList()) {
            TextArea isi = new TextArea(n.kode().replaceAll("\\.u\\d+$", "") + " " + n.judul());
            isi.setWidthFull();
            isi.setValue(n.isi() == null ? "" : n.isi());
            isi.setReadOnly(!dapatDiubah);
            Button simpan = new Button("Simpan narasi", e -> {
                try {
                    renja.simpanNarasi(n.id(), n.version(), isi.getValue());
                    Notifikasi.sukses("Narasi tersimpan.");
                    tampilkan();
                } catch (RuntimeException ex) {
                    Notifikasi.gagal(ex);
                }
            });
            simpan.setEnabled(dapatDiubah);
            add(isi, simpan);
        }
    }

    private List<String> pilihanLokasi() {
        long kecamatanId = renja.ringkas(renjaId).kecamatanId();
        List<String> pilihan = new ArrayList<>();
        pilihan.add("Kecamatan " + organisasi.kecamatan(kecamatanId).nama());
        organisasi.desa(kecamatanId).stream().map(DesaData::nama).forEach(d -> pilihan.add("Desa " + d));
        return pilihan;
    }

    private static String statusTeks(BagianRenja b) {
        return switch (b.status()) {
            case DIISI -> "Status: sedang diisi.";
            case DIAJUKAN -> "Status: diajukan, menunggu telaah sekcam.";
            case DIKEMBALIKAN -> "Status: dikembalikan sekcam untuk diperbaiki.";
            case DISETUJUI -> "Status: disetujui sekcam.";
        } + (b.terlambat() ? " Terlambat." : "");
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
