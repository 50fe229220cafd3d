package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import id.sipeka.renja.PerubahanRenstraRenja.BarisBerubah;
import id.sipeka.renja.PerubahanRenstraRenja.Jenis;
import id.sipeka.renja.PerubahanRenstraRenja.Pratinjau;
import java.util.List;

/**
 * What taking a Renstra Perubahan over would change in the Renja (rows added, removed, changed — and which values stay
 * because a unit typed them), before anything is stored; "Ambil perubahan" applies it.
 */
class AmbilPerubahanRenstraDialog extends Dialog {

    final Grid<BarisBerubah> baris = new Grid<>();
    final Button terapkan;

    AmbilPerubahanRenstraDialog(Pratinjau p, Runnable diterapkan) {
        setId("ambil-perubahan-renstra-dialog");
        setHeaderTitle(getTranslation("sekcamView.ambilRenstraJudul", p.tersedia().perubahanKe()));
        setWidth("min(70em, 96vw)");
        Paragraph ringkasan = new Paragraph(getTranslation("sekcamView.ambilRenstraRingkasan", p.jumlah(Jenis.DITAMBAH),
                p.jumlah(Jenis.DIUBAH), p.jumlah(Jenis.DIHAPUS)));
        ringkasan.setId("ambil-renstra-ringkasan");
        add(ringkasan);
        baris.setId("ambil-renstra-baris");
        baris.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        baris.addColumn(b -> getTranslation("renstra.perubahan." + b.jenis().name()))
                .setHeader(getTranslation("renstra.pratinjauPerubahan")).setWidth("7rem").setFlexGrow(0);
        baris.addColumn(BarisBerubah::kode).setHeader(getTranslation("kolom.kode")).setWidth("11rem").setFlexGrow(0);
        baris.addColumn(BarisBerubah::nama).setHeader(getTranslation("sekcamView.subKegiatan")).setFlexGrow(1);
        baris.addColumn(b -> b.unitNama() == null ? "" : b.unitNama()).setHeader(getTranslation("sekcamView.kolomUnit"))
                .setWidth("10rem").setFlexGrow(0);
        baris.addColumn(b -> b.rincian() == null ? "" : b.rincian()).setHeader(getTranslation("renstra.pratinjauRincian"))
                .setFlexGrow(2);
        baris.setItems(p.baris());
        baris.setHeight(p.baris().isEmpty() ? "4rem" : "20rem");
        add(baris);
        Button batal = new Button(getTranslation("umum.batal"), e -> close());
        terapkan = new Button(getTranslation("sekcamView.ambilRenstra"), e -> {
            close();
            diterapkan.run();
        });
        terapkan.setId("terapkan-ambil-renstra");
        terapkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(batal, terapkan);
    }

    /** Used by tests. */
    List<BarisBerubah> baris() {
        return baris.getListDataView().getItems().toList();
    }
}
