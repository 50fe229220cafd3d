package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sipeka.base.ui.Notifikasi;
import id.sipeka.dokumen.DokumenService;

/**
 * A screen button that signs: runs its step straight away when the kecamatan's provider asks nothing of the signer,
 * otherwise first asks for the passphrase or TOTP ({@link MedanKredensial}). A refusal (wrong passphrase, service
 * down) shows its message and keeps the dialog open with the field emptied; the task stays where it was.
 */
public final class DialogKredensial {

    private DialogKredensial() {
    }

    public static void tandatangani(DokumenService dokumen, long kecamatanId, Runnable langkah, String berhasil,
            Runnable lalu) {
        MedanKredensial medan = MedanKredensial.jikaPerlu(dokumen, kecamatanId);
        if (medan == null) {
            Notifikasi.jalankan(langkah, berhasil, lalu);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("kredensial.judul"));
        dialog.add(medan);
        Button kirim = new Button(dialog.getTranslation("kredensial.tandatangani"), x -> Notifikasi.jalankan(
                () -> medan.jalankan(langkah), berhasil, () -> {
                    dialog.close();
                    lalu.run();
                }));
        kirim.setId("kirim-kredensial");
        kirim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("umum.batal"), x -> dialog.close()), kirim);
        dialog.open();
        medan.nilai.focus();
    }
}
