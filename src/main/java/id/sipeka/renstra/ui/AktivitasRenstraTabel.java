package id.sipeka.renstra.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.renstra.AktivitasData.AktivitasRenstraData;
import java.util.List;

/**
 * The Aktivitas of one sub kegiatan in the Renstra screen (issue 13), shown under its row for a kabupaten that plans
 * them: name, volume with satuan, prioritas, lokasi and pagu per year of the period. Read-only: the Renstra's Aktivitas
 * change through its import, the Renja's in the Renja.
 */
class AktivitasRenstraTabel extends Grid<AktivitasRenstraData> {

    AktivitasRenstraTabel(String subKegiatan, List<AktivitasRenstraData> aktivitas, int awal, int akhir) {
        setId("aktivitas-" + subKegiatan);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        addColumn(a -> a.kode() + " " + a.nama()).setHeader(getTranslation("aktivitas.nama")).setWidth("20rem")
                .setFlexGrow(1);
        addColumn(AktivitasRenstraTabel::volume).setHeader(getTranslation("aktivitas.volume")).setWidth("8rem").setFlexGrow(0);
        addColumn(a -> a.prioritas() == null ? "" : getTranslation("prioritas." + a.prioritas().name()))
                .setHeader(getTranslation("aktivitas.prioritas")).setWidth("6rem").setFlexGrow(0);
        addColumn(a -> a.lokasi() == null ? "" : a.lokasi()).setHeader(getTranslation("aktivitas.lokasi"))
                .setWidth("12rem").setFlexGrow(0);
        for (int t = awal; t <= akhir; t++) {
            int tahun = t;
            addColumn(a -> pagu(a, tahun)).setHeader(getTranslation("renstra.kolomPagu", String.valueOf(tahun)))
                    .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        }
        setItems(aktivitas);
        setAllRowsVisible(true);
    }

    /** "4 Kegiatan", "1,5 Dokumen". */
    static String volume(AktivitasRenstraData a) {
        String v = a.volume() == null ? "" : FormatIndonesia.angka(a.volume());
        return (v + " " + (a.satuan() == null ? "" : a.satuan())).strip();
    }

    /** Empty for a year the Aktivitas has no pagu in. */
    static String pagu(AktivitasRenstraData a, int tahun) {
        Long p = a.pagu().get(tahun);
        return p == null ? "" : FormatIndonesia.rupiah(p);
    }
}
