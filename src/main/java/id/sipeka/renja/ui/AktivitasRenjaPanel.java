package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaService;
import java.util.List;

/**
 * The Aktivitas of one Renja row inside its editor (issue 13): a list, "Tambah aktivitas", and a click on one to edit
 * or remove it. After each change {@code sesudah} runs, so the editor shows the row's new pagu (their sum).
 */
class AktivitasRenjaPanel extends VerticalLayout {

    final Grid<AktivitasRenja> grid = new Grid<>();
    final Button tambah = new Button(getTranslation("aktivitas.tambah"));
    private final AktivitasRenjaService layanan;
    private final long barisId;

    AktivitasRenjaPanel(AktivitasRenjaService layanan, long barisId, List<String> pilihanLokasi, Runnable sesudah) {
        this.layanan = layanan;
        this.barisId = barisId;
        setPadding(false);
        grid.setId("aktivitas-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(a -> a.kode() + " " + a.nama()).setHeader(getTranslation("aktivitas.nama")).setFlexGrow(1);
        grid.addColumn(a -> (a.volume() == null ? "" : FormatIndonesia.angka(a.volume())) + " " + teks(a.satuan()))
                .setHeader(getTranslation("aktivitas.volume")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(a -> a.prioritas() == null ? "" : getTranslation("prioritas." + a.prioritas().name()))
                .setHeader(getTranslation("aktivitas.prioritas")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(a -> teks(a.lokasi())).setHeader(getTranslation("aktivitas.lokasi")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(a -> a.pagu() == null ? "" : FormatIndonesia.rupiah(a.pagu())).setHeader(getTranslation("aktivitas.pagu"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        Runnable muatLalu = () -> {
            muat();
            sesudah.run();
        };
        grid.addItemClickListener(e -> new AktivitasRenjaDialog(layanan, barisId, e.getItem(), pilihanLokasi, muatLalu).open());
        tambah.setId("tambah-aktivitas");
        tambah.addClickListener(e -> new AktivitasRenjaDialog(layanan, barisId, null, pilihanLokasi, muatLalu).open());
        add(new H4(getTranslation("aktivitas.judul")), grid, tambah);
        muat();
    }

    void muat() {
        grid.setItems(layanan.aktivitas(barisId));
    }

    boolean ada() {
        return grid.getGenericDataView().getItems().findAny().isPresent();
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
