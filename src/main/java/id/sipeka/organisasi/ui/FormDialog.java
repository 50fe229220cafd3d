package id.sipeka.organisasi.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import id.sipeka.base.ui.Notifikasi;

/**
 * A form in a dialog whose Save calls a service. When the service refuses (a broken rule, a concurrent edit) the
 * message is shown and the dialog stays open with everything the user typed.
 */
final class FormDialog extends Dialog {

    final Button simpan;

    private FormDialog(String judul, Component form, Runnable aksi, Runnable sesudah) {
        add(form);
        setHeaderTitle(judul);
        setWidth("min(40em, 95vw)");
        simpan = new Button(getTranslation("umum.simpan"), e -> {
            try {
                aksi.run();
                Notifikasi.sukses(getTranslation("umum.tersimpan"));
                close();
                sesudah.run();
            } catch (RuntimeException ex) {
                Notifikasi.gagal(ex);
            }
        });
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan");
        getFooter().add(new Button(getTranslation("umum.batal"), e -> close()), simpan);
    }

    static FormDialog buka(String judul, Component form, Runnable aksi, Runnable sesudah) {
        FormDialog d = new FormDialog(judul, form, aksi, sesudah);
        d.open();
        return d;
    }
}
