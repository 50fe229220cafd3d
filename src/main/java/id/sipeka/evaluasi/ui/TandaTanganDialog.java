package id.sipeka.evaluasi.ui;

import id.sipeka.dokumen.ui.MedanKredensial;

import id.sipeka.base.BatasTeks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.sipeka.base.ui.PemilihTanggal;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.ui.Notifikasi;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * The camat's signature of a report or of the recap: place and date, then the action. On success the dialog closes
 * and the screen refreshes; on failure the message shows and what was typed stays.
 */
class TandaTanganDialog extends Dialog {

    /** @param kredensial the BSrE passphrase/TOTP field when the kecamatan signs through BSrE, else null */
    TandaTanganDialog(String judul, String tempatAwal, LocalDate hariIni, MedanKredensial kredensial,
            BiConsumer<String, LocalDate> tandaTangan, Runnable sesudah) {
        setHeaderTitle(judul);
        TextField tempat = new TextField(getTranslation("tandaTanganDialog.tempat"));
        tempat.setMaxLength(BatasTeks.LOKASI);
        tempat.setValue(tempatAwal == null ? "" : tempatAwal);
        DatePicker tanggal = new PemilihTanggal(getTranslation("tandaTanganDialog.tanggal"), hariIni);
        VerticalLayout isi = new VerticalLayout(tempat, tanggal);
        if (kredensial != null) {
            isi.add(kredensial);
        }
        add(isi);
        Button kirim = new Button(getTranslation("tandaTanganDialog.kirim"), x -> Notifikasi.jalankan(
                MedanKredensial.dengan(kredensial, () -> tandaTangan.accept(tempat.getValue(), tanggal.getValue())), getTranslation("tandaTanganDialog.berhasil"),
                () -> {
                    close();
                    sesudah.run();
                }));
        kirim.setId("kirim-tanda-tangan");
        kirim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("umum.batal"), x -> close()), kirim);
    }
}
