package id.sipeka.base.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import id.sipeka.base.BatasTeks;
import java.util.Optional;

/**
 * Text fields bounded by their database column ({@link BatasTeks}): the browser stops typing at the length, and a
 * value that arrives longer anyway (pasted through a crafted request, set by code) marks the field with an Indonesian
 * message naming it, so a form refuses to save and keeps what the user typed.
 */
public final class FieldTeks {

    private FieldTeks() {
    }

    public static TextField batasi(TextField field, int batas) {
        field.setMaxLength(batas);
        return field;
    }

    public static TextArea batasi(TextArea field, int batas) {
        field.setMaxLength(batas);
        return field;
    }

    /** @return whether the text fits; if not, the field is marked with the reason */
    public static boolean sah(TextFieldBase<?, String> field, int batas) {
        String nama = field.getLabel() == null || field.getLabel().isBlank() ? "Teks" : field.getLabel();
        Optional<String> masalah = BatasTeks.masalah(field.getValue(), batas, nama);
        if (masalah.isPresent()) {
            field.setErrorMessage(masalah.get());
            field.setInvalid(true);
            return false;
        }
        return true;
    }
}
