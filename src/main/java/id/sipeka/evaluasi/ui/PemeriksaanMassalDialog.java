package id.sipeka.evaluasi.ui;

import id.sipeka.dokumen.ui.MedanKredensial;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.BatasTeks;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.PemeriksaanMassalService.HasilLangkah;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Several reports in one confirmation: the sekcam verifies, the camat signs (with one place and date). All eligible
 * reports are ticked; after the action the dialog lists, per report, done or the reason it was refused.
 */
class PemeriksaanMassalDialog extends Dialog {

    /** Runs the action on the ticked reports (with place and date when signing). */
    interface Aksi {
        List<HasilLangkah> jalankan(List<Long> laporanIds, String tempat, LocalDate tanggal);
    }

    final CheckboxGroup<LaporanData> pilihan = new CheckboxGroup<>();
    final TextField tempat = new TextField();
    final DatePicker tanggal = new PemilihTanggal();
    final Div hasil = new Div();
    final Button kirim = new Button();

    PemeriksaanMassalDialog(String judul, String tombol, List<LaporanData> laporan, boolean tandaTangan, String tempatAwal,
            LocalDate hariIni, MedanKredensial kredensial, Aksi aksi, Runnable sesudah) {
        setHeaderTitle(judul);
        setWidth("min(40em, 95vw)");
        pilihan.setLabel(getTranslation("massal.pilih"));
        pilihan.setItems(laporan);
        pilihan.setItemLabelGenerator(LaporanData::unitNama);
        pilihan.setValue(new HashSet<>(laporan));
        pilihan.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        pilihan.setId("massal-pilihan");
        VerticalLayout isi = new VerticalLayout(pilihan);
        isi.setPadding(false);
        if (tandaTangan) {
            tempat.setLabel(getTranslation("tandaTanganDialog.tempat"));
            tempat.setMaxLength(BatasTeks.LOKASI);
            tempat.setValue(tempatAwal == null ? "" : tempatAwal);
            tanggal.setLabel(getTranslation("tandaTanganDialog.tanggal"));
            tanggal.setValue(hariIni);
            isi.add(tempat, tanggal);
            if (kredensial != null) {
                isi.add(kredensial);
            }
        }
        hasil.setId("massal-hasil");
        isi.add(hasil);
        add(isi);
        kirim.setText(tombol);
        kirim.setId("massal-kirim");
        kirim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kirim.addClickListener(e -> {
            List<Long> ids = laporan.stream().filter(pilihan.getValue()::contains).map(LaporanData::id).toList();
            if (ids.isEmpty()) {
                return;
            }
            // with BSrE every report of the batch is signed with what was typed once, held for this one call
            List<List<HasilLangkah>> hasilSemua = new java.util.ArrayList<>();
            MedanKredensial.dengan(kredensial, () -> hasilSemua.add(aksi.jalankan(ids, tempat.getValue(), tanggal.getValue()))).run();
            tampilkan(hasilSemua.getFirst(),
                    laporan.stream().collect(Collectors.toMap(LaporanData::id, Function.identity())));
            kirim.setEnabled(false);
            pilihan.setReadOnly(true);
            sesudah.run();
        });
        getFooter().add(new Button(getTranslation("massal.tutup"), e -> close()), kirim);
    }

    private void tampilkan(List<HasilLangkah> semua, Map<Long, LaporanData> laporan) {
        hasil.removeAll();
        long berhasil = semua.stream().filter(HasilLangkah::berhasil).count();
        Div ringkas = new Div(getTranslation("massal.ringkas", berhasil, semua.size()));
        ringkas.getStyle().set("font-weight", "600");
        hasil.add(ringkas);
        for (HasilLangkah h : semua) {
            String unit = laporan.get(h.laporanId()).unitNama();
            Div baris = new Div(h.berhasil() ? getTranslation("massal.berhasil", unit)
                    : getTranslation("massal.gagal", unit, Notifikasi.pesan(h.galat())));
            baris.addClassName(h.berhasil() ? "berhasil" : "masalah");
            hasil.add(baris);
        }
    }
}
