package id.sipeka.renstra.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.ui.FieldAngka;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.organisasi.OrganisasiData.UnitData;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.UbahBaris;
import id.sipeka.renstra.RenstraService;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Edits one row: indicator, unit and the yearly targets (and pagu for a sub kegiatan). Numbers are typed the
 * Indonesian way; a field that is not a number is marked and nothing is saved.
 */
class UbahBarisDialog extends Dialog {

    final TextField indikator = new TextField("Indikator");
    final TextField satuan = new TextField("Satuan");
    final ComboBox<UnitData> unit = new ComboBox<>("Unit penanggung jawab");
    final Map<Integer, TextField> target = new LinkedHashMap<>();
    final Map<Integer, TextField> pagu = new LinkedHashMap<>();
    final Button simpan;

    UbahBarisDialog(RenstraService service, BarisRenstra baris, int awal, int akhir, List<UnitData> semuaUnit,
            boolean bolehPindahUnit, Runnable sesudahSimpan) {
        setHeaderTitle(getTranslation("renstra.ubahBaris", baris.kode()));
        setWidth("min(48em, 95vw)");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        indikator.setMaxLength(BatasTeks.INDIKATOR);
        satuan.setMaxLength(BatasTeks.SATUAN);
        indikator.setValue(baris.indikator() == null ? "" : baris.indikator());
        satuan.setValue(baris.satuan() == null ? "" : baris.satuan());
        unit.setItems(semuaUnit);
        unit.setItemLabelGenerator(UnitData::nama);
        semuaUnit.stream().filter(u -> u.id().equals(baris.unitKerjaId())).findFirst().ifPresent(unit::setValue);
        unit.setEnabled(bolehPindahUnit);
        form.add(indikator, 2);
        form.add(satuan, unit);
        for (int t = awal; t <= akhir; t++) {
            TextField tf = new TextField("Target " + t);
            tf.setValue(baris.target().containsKey(t) ? FormatIndonesia.angka(baris.target().get(t)) : "");
            target.put(t, tf);
            form.add(tf);
            TextField pf = new TextField("Pagu " + t + " (Rp)");
            pf.setValue(baris.pagu().containsKey(t) ? FormatIndonesia.angka(baris.pagu().get(t)) : "");
            if (baris.tingkat() != Tingkat.SUB_KEGIATAN) {
                pf.setReadOnly(true);
                pf.setHelperText("Dihitung dari sub kegiatan");
            }
            pagu.put(t, pf);
            form.add(pf);
        }
        add(form);
        simpan = new Button(getTranslation("umum.simpan"), e -> {
            Optional<UbahBaris> ubah = baca(baris);
            if (ubah.isEmpty()) {
                return;
            }
            try {
                service.ubah(ubah.get());
                Notifikasi.sukses(getTranslation("umum.tersimpan"));
                close();
                sesudahSimpan.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-baris");
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    /** Reads the fields; marks every field that is not a valid number and returns empty if any is wrong. */
    private Optional<UbahBaris> baca(BarisRenstra baris) {
        boolean sah = true;
        Map<Integer, BigDecimal> nilaiTarget = new LinkedHashMap<>();
        Map<Integer, Long> nilaiPagu = new LinkedHashMap<>();
        for (var e : target.entrySet()) {
            Optional<BigDecimal> v = FieldAngka.baca(e.getValue(), false);
            sah &= v != null;
            nilaiTarget.put(e.getKey(), v == null ? null : v.orElse(null));
        }
        if (baris.tingkat() == Tingkat.SUB_KEGIATAN) {
            for (var e : pagu.entrySet()) {
                Optional<Long> v = FieldAngka.bacaRupiah(e.getValue());
                sah &= v != null;
                nilaiPagu.put(e.getKey(), v == null ? null : v.orElse(null));
            }
        }
        if (!sah) {
            return Optional.empty();
        }
        return Optional.of(new UbahBaris(baris.id(), baris.version(), indikator.getValue(), satuan.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), nilaiTarget, nilaiPagu));
    }
}
