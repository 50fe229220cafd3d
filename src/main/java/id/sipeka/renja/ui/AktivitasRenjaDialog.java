package id.sipeka.renja.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.FieldTeks;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.renja.AktivitasRenjaData.AktivitasRenja;
import id.sipeka.renja.AktivitasRenjaData.UbahAktivitas;
import id.sipeka.renja.AktivitasRenjaService;
import id.sipeka.renstra.Prioritas;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Adds ({@code a == null}) or edits one Aktivitas of a Renja row (issue 13). Numbers the Indonesian way; a field that
 * is not a number is marked and nothing is saved; the service checks the rest (unit, section open, lokasi).
 */
class AktivitasRenjaDialog extends Dialog {

    final TextField nama = new TextField(getTranslation("aktivitas.nama"));
    final TextField volume = new TextField(getTranslation("aktivitas.volume"));
    final TextField satuan = new TextField(getTranslation("aktivitas.satuan"));
    final Select<Prioritas> prioritas = new Select<>();
    final MultiSelectComboBox<String> lokasi = new MultiSelectComboBox<>(getTranslation("aktivitas.lokasi"));
    final TextField pagu = new TextField(getTranslation("aktivitas.pagu"));
    final Button simpan = new Button(getTranslation("umum.simpan"));
    final Button hapus = new Button(getTranslation("aktivitas.hapus"));

    AktivitasRenjaDialog(AktivitasRenjaService layanan, long barisId, AktivitasRenja a, List<String> pilihanLokasi,
            Runnable sesudah) {
        setHeaderTitle(a == null ? getTranslation("aktivitas.tambah") : a.kode() + " " + a.nama());
        setWidth("min(40em, 95vw)");
        FieldTeks.batasi(nama, BatasTeks.NAMA_NOMENKLATUR);
        FieldTeks.batasi(satuan, BatasTeks.SATUAN);
        prioritas.setLabel(getTranslation("aktivitas.prioritas"));
        prioritas.setItems(Prioritas.values());
        prioritas.setEmptySelectionAllowed(true);
        prioritas.setItemLabelGenerator(p -> p == null ? "" : getTranslation("prioritas." + p.name()));
        lokasi.setItems(pilihanLokasi);
        if (a != null) {
            nama.setValue(teks(a.nama()));
            volume.setValue(a.volume() == null ? "" : FormatIndonesia.angka(a.volume()));
            satuan.setValue(teks(a.satuan()));
            prioritas.setValue(a.prioritas());
            if (a.lokasi() != null) {
                lokasi.setValue(Arrays.stream(a.lokasi().split(",")).map(String::strip)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            }
            pagu.setValue(a.pagu() == null ? "" : FormatIndonesia.angka(a.pagu()));
        }
        FormLayout form = new FormLayout(nama, volume, satuan, prioritas, lokasi, pagu);
        form.setColspan(nama, 2);
        add(form);
        simpan.setId("simpan-aktivitas");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> {
            Optional<BigDecimal> v = FieldAngka.baca(volume, false);
            Optional<Long> p = FieldAngka.bacaRupiah(pagu);
            boolean teksSah = FieldTeks.sah(nama, BatasTeks.NAMA_NOMENKLATUR) & FieldTeks.sah(satuan, BatasTeks.SATUAN);
            if (v == null || p == null || !teksSah) {
                return;
            }
            jalankan(() -> layanan.simpan(new UbahAktivitas(a == null ? null : a.id(), barisId, a == null ? 0 : a.version(),
                    nama.getValue(), v.orElse(null), satuan.getValue(), prioritas.getValue(),
                    p.orElse(null), String.join(", ", lokasi.getSelectedItems()))), sesudah);
        });
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hapus.setVisible(a != null);
        hapus.addClickListener(e -> jalankan(() -> layanan.hapus(a.id(), a.version()), sesudah));
        getFooter().add(hapus, new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    private void jalankan(Runnable aksi, Runnable sesudah) {
        try {
            aksi.run();
            Notifikasi.sukses(getTranslation("umum.tersimpan"));
            close();
            sesudah.run();
        } catch (RuntimeException ex) {
            Notifikasi.gagal(ex);
        }
    }

    private static String teks(String s) {
        return s == null ? "" : s;
    }
}
