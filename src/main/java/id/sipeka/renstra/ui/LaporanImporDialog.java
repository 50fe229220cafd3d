package id.sipeka.renstra.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import id.sipeka.renstra.MasalahImpor;
import java.util.List;

/** Lists every problem (or warning) of an import: sheet, row, column and reason. */
class LaporanImporDialog extends Dialog {

    final Grid<MasalahImpor> grid = new Grid<>();

    LaporanImporDialog(String judul, List<MasalahImpor> masalah, boolean ditolak) {
        setHeaderTitle(judul);
        setWidth("min(60em, 95vw)");
        setId(ditolak ? "impor-ditolak" : "impor-peringatan");
        Paragraph keterangan = new Paragraph(judul);
        keterangan.addClassName(ditolak ? "masalah" : "peringatan");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MasalahImpor::lembar).setHeader("Lembar").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(m -> m.baris() == null ? "" : String.valueOf(m.baris())).setHeader("Baris").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(MasalahImpor::kolom).setHeader("Kolom").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(MasalahImpor::alasan).setHeader("Alasan").setFlexGrow(1);
        grid.setItems(masalah);
        grid.setAllRowsVisible(masalah.size() < 15);
        add(keterangan, grid);
        getFooter().add(new Button(getTranslation("umum.tutup"), e -> close()));
    }
}
