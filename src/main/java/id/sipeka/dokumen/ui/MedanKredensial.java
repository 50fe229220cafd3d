package id.sipeka.dokumen.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.KredensialTandaTangan;
import id.sipeka.dokumen.KredensialTandaTangan.Jenis;

/**
 * What a signer types to sign through BSrE: passphrase or TOTP from the BeSign app. Put into any dialog whose button
 * signs; {@link #jalankan} runs that button's step with it and empties the field afterwards, whatever the outcome,
 * so the secret is neither kept on the screen nor in the session longer than the one call.
 */
public class MedanKredensial extends VerticalLayout {

    private final DokumenService dokumen;
    private final long kecamatanId;
    final RadioButtonGroup<Jenis> jenis = new RadioButtonGroup<>();
    final PasswordField nilai = new PasswordField();

    private MedanKredensial(DokumenService dokumen, long kecamatanId) {
        this.dokumen = dokumen;
        this.kecamatanId = kecamatanId;
        setPadding(false);
        jenis.setLabel(getTranslation("kredensial.jenis"));
        jenis.setItems(Jenis.values());
        jenis.setItemLabelGenerator(j -> getTranslation(j == Jenis.TOTP ? "kredensial.totp" : "kredensial.passphrase"));
        jenis.setValue(Jenis.PASSPHRASE);
        jenis.setId("jenis-kredensial");
        nilai.setLabel(getTranslation("kredensial.nilai"));
        nilai.setId("kredensial");
        nilai.setWidthFull();
        // no autofill: a browser offering to remember it would keep the passphrase after all
        nilai.getElement().setAttribute("autocomplete", "off");
        add(new Paragraph(getTranslation("kredensial.penjelasan")), jenis, nilai);
    }

    /** The field for a signing in this kecamatan, or null when its provider asks nothing of the signer. */
    public static MedanKredensial jikaPerlu(DokumenService dokumen, long kecamatanId) {
        return dokumen.perluKredensial(kecamatanId) ? new MedanKredensial(dokumen, kecamatanId) : null;
    }

    /** {@code langkah} with what was typed (through {@code medan}), or as it is when {@code medan} is null. */
    public static Runnable dengan(MedanKredensial medan, Runnable langkah) {
        return medan == null ? langkah : () -> medan.jalankan(langkah);
    }

    /** Runs the signing step with what was typed; the field is empty again afterwards. */
    public void jalankan(Runnable langkah) {
        KredensialTandaTangan kredensial = new KredensialTandaTangan(jenis.getValue() == null ? Jenis.PASSPHRASE
                : jenis.getValue(), nilai.getValue());
        try {
            dokumen.denganKredensial(kecamatanId, kredensial, langkah);
        } finally {
            nilai.clear();
        }
    }
}
