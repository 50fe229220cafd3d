package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.FieldTeks;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.renja.AktivitasRenjaService;
import id.sipeka.renja.PengisianBagianService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renja.RenjaData.UbahIndikatorLain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Edits one Renja row of the user's unit. Numbers are written the Indonesian way; a field that is not a number (or
 * negative) is marked and nothing is saved; lokasi is chosen from the kecamatan's desa or the whole kecamatan.
 */
class BarisRenjaDialog extends Dialog {

    final TextField indikator = new TextField(getTranslation("bagianSaya.indikator"));
    final TextField target = new TextField(getTranslation("bagianSaya.target"));
    final MultiSelectComboBox<String> lokasi = new MultiSelectComboBox<>(getTranslation("bagianSaya.lokasi"));
    final TextField pagu = new TextField(getTranslation("bagianSaya.paguIndikatifRp"));
    final ComboBox<String> sumberDana = new ComboBox<>(getTranslation("bagianSaya.sumberDana"));
    final TextArea catatan = new TextArea(getTranslation("bagianSaya.catatanPenting"));
    final TextField targetMaju = new TextField(getTranslation("bagianSaya.targetMaju"));
    final TextField paguMaju = new TextField(getTranslation("bagianSaya.paguMajuRp"));
    final Button simpan = new Button(getTranslation("umum.simpan"));
    /** One set of fields per further indicator of the row (issue 13): its text, target N and target N+1. */
    record FieldLain(int urutan, TextField indikator, TextField target, TextField targetMaju) {
    }

    final List<FieldLain> lain = new ArrayList<>();
    /** The row as last read: its Aktivitas change its pagu and version (issue 13). */
    private BarisRenja baris;
    /** The row's Aktivitas where the kabupaten plans them, else null. */
    AktivitasRenjaPanel aktivitas;

    /** @param pilihanSumberDana the admin's active sumber dana; several may be typed, separated by commas */
    BarisRenjaDialog(PengisianBagianService pengisian, BarisRenja b, List<String> pilihanLokasi,
            List<String> pilihanSumberDana, Runnable sesudah) {
        this(pengisian, b, pilihanLokasi, pilihanSumberDana, sesudah, null, null);
    }

    /**
     * With the row's Aktivitas (issue 13) when {@code layananAktivitas} is given: the pagu is then their sum, shown
     * read-only, and {@code bacaUlang} reads the row again after each change of its Aktivitas.
     */
    BarisRenjaDialog(PengisianBagianService pengisian, BarisRenja b, List<String> pilihanLokasi,
            List<String> pilihanSumberDana, Runnable sesudah, AktivitasRenjaService layananAktivitas,
            LongFunction<BarisRenja> bacaUlang) {
        this.baris = b;
        setHeaderTitle(b.kode() + " " + b.nama());
        setWidth("min(50em, 95vw)");
        FieldTeks.batasi(indikator, BatasTeks.INDIKATOR);
        FieldTeks.batasi(catatan, BatasTeks.CATATAN);
        indikator.setValue(nilai(b.indikator()));
        target.setValue(b.target() == null ? "" : FormatIndonesia.angka(b.target()));
        target.setSuffixComponent(new com.vaadin.flow.component.html.Span(nilai(b.satuan())));
        lokasi.setItems(pilihanLokasi);
        if (b.lokasi() != null) {
            lokasi.setValue(Arrays.stream(b.lokasi().split(",")).map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        pagu.setValue(b.pagu() == null ? "" : FormatIndonesia.angka(b.pagu()));
        List<String> sumber = new ArrayList<>(pilihanSumberDana);
        if (b.sumberDana() != null && !sumber.contains(b.sumberDana())) {
            sumber.add(b.sumberDana()); // "DAU, PAD" or a source switched off since: shown as stored
        }
        sumberDana.setItems(sumber);
        sumberDana.setHelperText(getTranslation("bagianSaya.sumberDanaPetunjuk"));
        sumberDana.setAllowCustomValue(true);
        sumberDana.addCustomValueSetListener(e -> sumberDana.setValue(e.getDetail()));
        sumberDana.setValue(b.sumberDana());
        catatan.setValue(nilai(b.catatan()));
        targetMaju.setValue(b.targetMaju() == null ? "" : FormatIndonesia.angka(b.targetMaju()));
        paguMaju.setValue(b.paguMaju() == null ? "" : FormatIndonesia.angka(b.paguMaju()));
        FormLayout form = new FormLayout(indikator, target, lokasi, pagu, sumberDana, catatan, targetMaju, paguMaju);
        form.setColspan(indikator, 2);
        form.setColspan(catatan, 2);
        for (var i : b.indikatorLain()) {
            TextField teks = new TextField(getTranslation("bagianSaya.indikatorLain", i.urutan()));
            FieldTeks.batasi(teks, BatasTeks.INDIKATOR);
            teks.setValue(nilai(i.indikator()));
            TextField t = new TextField(getTranslation("bagianSaya.targetLain", i.urutan()));
            t.setValue(i.target() == null ? "" : FormatIndonesia.angka(i.target()));
            t.setSuffixComponent(new com.vaadin.flow.component.html.Span(nilai(i.satuan())));
            TextField tm = new TextField(getTranslation("bagianSaya.targetMajuLain", i.urutan()));
            tm.setValue(i.targetMaju() == null ? "" : FormatIndonesia.angka(i.targetMaju()));
            tm.setSuffixComponent(new com.vaadin.flow.component.html.Span(nilai(i.satuan())));
            teks.setId("indikator-lain-" + i.urutan());
            t.setId("target-lain-" + i.urutan());
            tm.setId("target-maju-lain-" + i.urutan());
            form.add(teks, t, tm);
            form.setColspan(teks, 2);
            lain.add(new FieldLain(i.urutan(), teks, t, tm));
        }
        add(form);
        if (layananAktivitas != null) {
            aktivitas = new AktivitasRenjaPanel(layananAktivitas, b.id(), pilihanLokasi, () -> {
                baris = bacaUlang.apply(b.id());
                pagu.setValue(baris.pagu() == null ? "" : FormatIndonesia.angka(baris.pagu()));
                paguDariAktivitas();
                sesudah.run();
            });
            add(aktivitas);
            paguDariAktivitas();
        }
        if (b.catatanTelaah() != null) {
            com.vaadin.flow.component.html.Paragraph alasan = new com.vaadin.flow.component.html.Paragraph(
                    getTranslation("bagianSaya.dikembalikanSekcam", b.catatanTelaah()));
            alasan.addClassName("masalah");
            addComponentAsFirst(alasan);
        }
        simpan.setId("simpan-baris-renja");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> {
            Optional<BigDecimal> t = FieldAngka.baca(target, false);
            Optional<Long> p = FieldAngka.bacaRupiah(pagu);
            Optional<BigDecimal> tm = FieldAngka.baca(targetMaju, false);
            Optional<Long> pm = FieldAngka.bacaRupiah(paguMaju);
            boolean teksSah = FieldTeks.sah(indikator, BatasTeks.INDIKATOR) & FieldTeks.sah(catatan, BatasTeks.CATATAN);
            if (t == null || p == null || tm == null || pm == null || !teksSah) {
                return;
            }
            List<UbahIndikatorLain> ubahLain = new ArrayList<>();
            for (FieldLain f : lain) {
                Optional<BigDecimal> lt = FieldAngka.baca(f.target(), false);
                Optional<BigDecimal> ltm = FieldAngka.baca(f.targetMaju(), false);
                if (lt == null || ltm == null || !FieldTeks.sah(f.indikator(), BatasTeks.INDIKATOR)) {
                    return;
                }
                ubahLain.add(new UbahIndikatorLain(f.urutan(), f.indikator().getValue(), lt.orElse(null), ltm.orElse(null)));
            }
            try {
                pengisian.simpanBaris(new UbahBarisRenja(baris.id(), baris.version(), indikator.getValue(), t.orElse(null),
                        String.join(", ", lokasi.getSelectedItems()), p.orElse(null),
                        sumberDana.getValue(), catatan.getValue(), tm.orElse(null), pm.orElse(null), ubahLain));
                Notifikasi.sukses(getTranslation("umum.tersimpan"));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    /** With Aktivitas the pagu is their sum: read-only, with a hint saying so. */
    private void paguDariAktivitas() {
        boolean ada = aktivitas != null && aktivitas.ada();
        pagu.setReadOnly(ada);
        pagu.setHelperText(ada ? getTranslation("aktivitas.paguJumlah") : null);
    }

    private static String nilai(String s) {
        return s == null ? "" : s;
    }
}
