package id.sipeka.evaluasi.ui;

import id.sipeka.base.Rupiah;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.IndikatorRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.evaluasi.RencanaAksiService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * Edits one sub kegiatan's rencana aksi: target and Rp for TW I–IV, written the Indonesian way (targets may have
 * decimals, Rp is whole rupiah). The running Σ Rp against the anggaran is shown as a warning only; the service
 * checks the rest and the view lists its warnings after saving. A sub kegiatan with further indicators gets their
 * quarterly targets below, saved with the rest in one go.
 */
class RencanaAksiDialog extends Dialog {

    final List<TextField> target = new ArrayList<>(4);
    final List<TextField> rp = new ArrayList<>(4);
    /** The quarters of each further indicator of the row, by its urutan (2, 3, …). */
    final Map<Integer, List<TextField>> targetLain = new TreeMap<>();
    final Paragraph jumlah = new Paragraph();
    final Button simpan = new Button(getTranslation("umum.simpan"));
    private final BarisRencanaAksi baris;

    RencanaAksiDialog(RencanaAksiService rencanaAksi, BarisRencanaAksi b, Runnable sesudah) {
        this.baris = b;
        setHeaderTitle(b.kode() + " " + b.nama());
        setWidth("min(44em, 95vw)");
        Paragraph info = new Paragraph(getTranslation("rencanaAksiDialog.info", teks(b.indikator()),
                b.targetTahunan() == null ? "–" : FormatIndonesia.angka(b.targetTahunan()) + " " + teks(b.satuan()),
                FormatIndonesia.rupiah(b.anggaran() == null ? 0 : b.anggaran())));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2));
        for (int i = 0; i < 4; i++) {
            String tw = FormatIndonesia.triwulan(i + 1);
            TextField t = new TextField(getTranslation("rencanaAksiDialog.target", tw));
            t.setId("target-tw" + (i + 1));
            t.setValue(FormatIndonesia.angka(b.target().get(i)));
            t.setSuffixComponent(new Span(teks(b.satuan())));
            TextField r = new TextField(getTranslation("rencanaAksiDialog.rp", tw));
            r.setId("rp-tw" + (i + 1));
            r.setValue(b.rp().get(i) == null ? "" : FormatIndonesia.angka(b.rp().get(i)));
            r.setPrefixComponent(new Span(getTranslation("rencanaAksiDialog.prefixRp")));
            r.addValueChangeListener(e -> jumlahRp());
            target.add(t);
            rp.add(r);
            form.add(t, r);
        }
        jumlah.setId("jumlah-rp-dialog");
        jumlahRp();
        add(info, form, jumlah);
        // each further indicator has its own quarterly targets, checked by the service as the first one's
        for (IndikatorRencanaAksi i : b.indikatorLain()) {
            Paragraph judul = new Paragraph(getTranslation("rencanaAksiDialog.indikatorLain", i.urutan(), teks(i.indikator()),
                    i.targetTahunan() == null ? "–" : FormatIndonesia.angka(i.targetTahunan()) + " " + teks(i.satuan())));
            FormLayout formLain = new FormLayout();
            formLain.setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("28em", 4));
            List<TextField> kolom = new ArrayList<>(4);
            for (int k = 0; k < 4; k++) {
                TextField t = new TextField(getTranslation("rencanaAksiDialog.target", FormatIndonesia.triwulan(k + 1)));
                t.setId("target-lain-" + i.urutan() + "-tw" + (k + 1));
                t.setValue(FormatIndonesia.angka(i.target().get(k)));
                t.setSuffixComponent(new Span(teks(i.satuan())));
                kolom.add(t);
                formLain.add(t);
            }
            targetLain.put(i.urutan(), kolom);
            add(judul, formLain);
        }
        simpan.setId("simpan-rencana-aksi");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> {
            List<BigDecimal> t = new ArrayList<>(4);
            List<Long> r = new ArrayList<>(4);
            boolean sah = true;
            for (int i = 0; i < 4; i++) {
                Optional<BigDecimal> nilaiTarget = FieldAngka.baca(target.get(i), false);
                Optional<Long> nilaiRp = FieldAngka.bacaRupiah(rp.get(i));
                if (nilaiTarget == null || nilaiRp == null) {
                    sah = false;
                    continue;
                }
                t.add(nilaiTarget.orElse(null));
                r.add(nilaiRp.orElse(null));
            }
            Map<Integer, List<BigDecimal>> lain = new TreeMap<>();
            for (var kolom : targetLain.entrySet()) {
                List<BigDecimal> nilai = new ArrayList<>(4);
                for (TextField f : kolom.getValue()) {
                    Optional<BigDecimal> v = FieldAngka.baca(f, false);
                    if (v == null) {
                        sah = false;
                        continue;
                    }
                    nilai.add(v.orElse(null));
                }
                lain.put(kolom.getKey(), nilai);
            }
            if (!sah) {
                return;
            }
            try {
                rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), t, r, lain));
                Notifikasi.sukses(getTranslation("rencanaAksiDialog.tersimpan"));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    /**
     * Σ Rp of what is typed so far beside the anggaran; a field that is not a valid rupiah yet (not a number, or beyond
     * Rp 999 triliun) is left out: it is marked when saving.
     */
    private void jumlahRp() {
        long total = 0;
        for (TextField f : rp) {
            try {
                Optional<BigDecimal> v = AngkaIndonesia.parse(f.getValue());
                if (v.isPresent() && Rupiah.masalah(v.get(), "Rp").isEmpty()) {
                    total = Rupiah.tambah(total, v.get().longValueExact());
                }
            } catch (NumberFormatException bukanAngka) {
                // marked when saving
            }
        }
        long anggaran = baris.anggaran() == null ? 0 : baris.anggaran();
        jumlah.setText(total == anggaran ? getTranslation("rencanaAksiDialog.jumlahSama", FormatIndonesia.rupiah(total))
                : getTranslation("rencanaAksiDialog.jumlahBerbeda", FormatIndonesia.rupiah(total),
                        FormatIndonesia.rupiah(anggaran)));
        jumlah.setClassName("peringatan", total != anggaran);
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
