package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.PratinjauLra;
import id.sipeka.evaluasi.PratinjauLra.BarisLra;
import id.sipeka.evaluasi.PratinjauLra.Status;
import id.sipeka.renstra.MasalahImpor;
import java.util.List;

/**
 * What a budget realisation report (LRA) would fill in the quarter's reports, before anything is stored: the file's
 * problems (which stop it), and every sub kegiatan line with its unit, the amounts and what happens to it.
 * "Isi laporan unit" fills; closing the dialog stores nothing.
 */
class PratinjauLraDialog extends Dialog {

    final Grid<BarisLra> baris = new Grid<>();
    final Button terapkan;

    PratinjauLraDialog(PratinjauLra p, Runnable diterapkan) {
        setHeaderTitle(getTranslation("lra.pratinjauJudul", FormatIndonesia.triwulan(p.triwulan()), p.tahun()));
        setId("pratinjau-lra");
        setWidth("min(80em, 96vw)");
        long tidakDiubah = p.baris().size() - p.jumlah(Status.DIISI) - p.jumlah(Status.SAMA);
        Paragraph ringkasan = new Paragraph(getTranslation("lra.pratinjauRingkasan", p.lembar(), p.judulRealisasi(),
                p.kumulatif() ? getTranslation("lra.pratinjauKumulatif") : "", p.jumlah(Status.DIISI), p.jumlahUnit(),
                p.jumlah(Status.SAMA), tidakDiubah));
        ringkasan.setId("lra-ringkasan");
        add(ringkasan);
        if (!p.masalah().isEmpty()) {
            Grid<MasalahImpor> masalah = new Grid<>();
            masalah.setId("lra-masalah");
            masalah.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            masalah.addColumn(MasalahImpor::toString).setHeader(getTranslation("lra.masalah"));
            masalah.setItems(p.masalah());
            masalah.setAllRowsVisible(p.masalah().size() < 10);
            add(new H4(getTranslation("lra.masalah")), masalah);
        }
        baris.setId("lra-baris");
        baris.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        baris.addColumn(BarisLra::nomor).setHeader(getTranslation("lra.kolomBaris")).setWidth("5rem").setFlexGrow(0);
        baris.addColumn(BarisLra::kode).setHeader(getTranslation("lra.kolomKode")).setWidth("11rem").setFlexGrow(0);
        baris.addColumn(BarisLra::uraian).setHeader(getTranslation("lra.kolomUraian")).setFlexGrow(2);
        baris.addColumn(BarisLra::unitNama).setHeader(getTranslation("lra.kolomUnit")).setFlexGrow(1);
        baris.addColumn(b -> FormatIndonesia.rupiah(b.realisasiBerkas())).setHeader(getTranslation("lra.kolomBerkas"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        baris.addColumn(b -> rupiah(b.realisasiTriwulan())).setHeader(getTranslation("lra.kolomTriwulan"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        baris.addColumn(b -> rupiah(b.sekarang())).setHeader(getTranslation("lra.kolomSekarang"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        baris.addColumn(b -> getTranslation("lra.status." + b.status().name())).setHeader(getTranslation("lra.kolomStatus"))
                .setFlexGrow(1);
        baris.setItems(p.baris());
        baris.setHeight("22rem");
        add(baris);

        Button batal = new Button(getTranslation("umum.batal"), e -> close());
        terapkan = new Button(getTranslation("lra.terapkan"), e -> {
            close();
            diterapkan.run();
        });
        terapkan.setId("terapkan-lra");
        terapkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        terapkan.setEnabled(p.bolehDiterapkan());
        getFooter().add(batal, terapkan);
    }

    private static String rupiah(Long rp) {
        return rp == null ? "–" : FormatIndonesia.rupiah(rp);
    }

    /** Used by tests. */
    List<BarisLra> semuaBaris() {
        return baris.getListDataView().getItems().toList();
    }
}
