package id.sipeka.renstra.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.renstra.MasalahImpor;
import id.sipeka.renstra.PratinjauImpor;
import id.sipeka.renstra.PratinjauImpor.Jenis;
import id.sipeka.renstra.PratinjauImpor.PerubahanBaris;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What an uploaded Renstra file would change, before anything is stored: the totals per year before and after, every
 * row added, changed (with what changed) or removed, the file's warnings, and the reason when it cannot be applied.
 * "Terapkan impor" stores it; closing the dialog stores nothing. When a Renja of the period has left its draft the
 * file becomes a Renstra Perubahan: the dialog says so and asks for its reason (dasar), which the apply needs.
 */
class PratinjauImporDialog extends Dialog {

    record TotalTahun(int tahun, Long sebelum, Long sesudah) {
    }

    final Grid<TotalTahun> total = new Grid<>();
    final Grid<PerubahanBaris> perubahan = new Grid<>();
    final Button terapkan;
    /** The reason of a Renstra Perubahan; shown only when the file becomes one. */
    final TextArea dasar = new TextArea();

    /** @param diterapkan stores the file, given the reason of a perubahan ({@code null} otherwise) */
    PratinjauImporDialog(PratinjauImpor p, Consumer<String> diterapkan) {
        setHeaderTitle(getTranslation("renstra.pratinjauJudul", p.tahunAwal() + "–" + p.tahunAkhir()));
        setId("pratinjau-impor");
        setWidth("min(70em, 96vw)");
        Paragraph ringkasan = new Paragraph(getTranslation("renstra.pratinjauRingkasan", p.jumlah(Jenis.DITAMBAH),
                p.jumlah(Jenis.DIUBAH), p.jumlah(Jenis.DIHAPUS), p.tidakBerubah()));
        ringkasan.setId("pratinjau-ringkasan");
        add(ringkasan);
        if (p.sebagaiPerubahan()) {
            Paragraph perubahanKe = new Paragraph(getTranslation("renstra.pratinjauPerubahanKe", p.perubahanKe()));
            perubahanKe.setId("pratinjau-perubahan-ke");
            add(perubahanKe);
        }
        if (p.halangan() != null) {
            Paragraph halangan = new Paragraph(p.halangan());
            halangan.setId("pratinjau-halangan");
            halangan.addClassName("masalah");
            add(halangan);
        }

        total.setId("pratinjau-total");
        total.addThemeVariants(GridVariant.LUMO_COMPACT);
        total.addColumn(t -> String.valueOf(t.tahun())).setHeader(getTranslation("renstra.pratinjauTahun")).setWidth("6rem")
                .setFlexGrow(0);
        total.addColumn(t -> rupiah(t.sebelum())).setHeader(getTranslation("renstra.pratinjauSebelum"))
                .setTextAlign(ColumnTextAlign.END);
        total.addColumn(t -> rupiah(t.sesudah())).setHeader(getTranslation("renstra.pratinjauSesudah"))
                .setTextAlign(ColumnTextAlign.END);
        total.addColumn(t -> selisih(t)).setHeader(getTranslation("renstra.pratinjauSelisih")).setTextAlign(ColumnTextAlign.END);
        TreeSet<Integer> tahun = new TreeSet<>(p.totalSebelum().keySet());
        tahun.addAll(p.totalSesudah().keySet());
        total.setItems(tahun.stream().map(t -> new TotalTahun(t, p.totalSebelum().get(t), p.totalSesudah().get(t))).toList());
        total.setAllRowsVisible(true);
        add(new H4(getTranslation("renstra.pratinjauTotal")), total);

        perubahan.setId("pratinjau-perubahan");
        perubahan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        perubahan.addColumn(b -> getTranslation("renstra.perubahan." + b.jenis().name())).setHeader(
                getTranslation("renstra.pratinjauPerubahan")).setWidth("8rem").setFlexGrow(0);
        perubahan.addColumn(PerubahanBaris::kode).setHeader(getTranslation("renstra.kolomKode")).setWidth("12rem").setFlexGrow(0);
        perubahan.addColumn(PerubahanBaris::nama).setHeader(getTranslation("renstra.kolomNama")).setFlexGrow(1);
        perubahan.addColumn(b -> b.rincian() == null ? "" : b.rincian()).setHeader(getTranslation("renstra.pratinjauRincian"))
                .setFlexGrow(2);
        perubahan.setItems(p.perubahan());
        perubahan.setHeight(p.perubahan().isEmpty() ? "4rem" : "18rem");
        add(new H4(getTranslation("renstra.pratinjauBaris")), perubahan);

        if (!p.peringatan().isEmpty()) {
            Grid<MasalahImpor> peringatan = new Grid<>();
            peringatan.setId("pratinjau-peringatan");
            peringatan.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            peringatan.addColumn(MasalahImpor::toString).setHeader(getTranslation("renstra.peringatan"));
            peringatan.setItems(p.peringatan());
            peringatan.setAllRowsVisible(p.peringatan().size() < 10);
            add(new H4(getTranslation("renstra.peringatan")), peringatan);
        }

        if (p.sebagaiPerubahan()) {
            dasar.setId("dasar-perubahan");
            dasar.setLabel(getTranslation("renstra.dasarPerubahan"));
            dasar.setRequired(true);
            dasar.setMaxLength(BatasTeks.URAIAN);
            dasar.setWidthFull();
            add(dasar);
        }
        Button batal = new Button(getTranslation("umum.batal"), e -> close());
        terapkan = new Button(p.sebagaiPerubahan() ? getTranslation("renstra.simpanPerubahan", p.perubahanKe())
                : getTranslation("renstra.terapkanImpor"), e -> {
            if (p.sebagaiPerubahan() && dasar.getValue().isBlank()) {
                // the dialog stays open with what was typed; the service would refuse it the same way
                dasar.setErrorMessage(getTranslation("renstra.dasarWajib", p.perubahanKe()));
                dasar.setInvalid(true);
                return;
            }
            close();
            diterapkan.accept(p.sebagaiPerubahan() ? dasar.getValue() : null);
        });
        terapkan.setId("terapkan-impor");
        terapkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        terapkan.setEnabled(p.bolehDiterapkan());
        getFooter().add(batal, terapkan);
    }

    private static String rupiah(Long rp) {
        return rp == null ? "–" : FormatIndonesia.rupiah(rp);
    }

    private static String selisih(TotalTahun t) {
        long beda = (t.sesudah() == null ? 0 : t.sesudah()) - (t.sebelum() == null ? 0 : t.sebelum());
        return beda == 0 ? "0" : (beda > 0 ? "+" : "−") + FormatIndonesia.rupiah(Math.abs(beda));
    }

    /** Used by tests. */
    List<PerubahanBaris> baris() {
        return perubahan.getListDataView().getItems().toList();
    }
}
