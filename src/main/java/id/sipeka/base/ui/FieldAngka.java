package id.sipeka.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.AngkaIndonesia;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number typed the Indonesian way into a text field. An invalid value marks the field with the reason in
 * Indonesian, so a form can refuse to save and keep everything the user typed.
 */
public final class FieldAngka {

    private FieldAngka() {
    }

    /**
     * @param rupiah whole rupiah only (no decimals)
     * @return {@code null} when the value is invalid (the field is marked), empty when the field is blank
     */
    public static Optional<BigDecimal> baca(TextField field, boolean rupiah) {
        try {
            Optional<BigDecimal> v = AngkaIndonesia.parse(field.getValue());
            if (v.isPresent() && v.get().signum() < 0) {
                return tandai(field, "Tidak boleh negatif");
            }
            if (rupiah && v.isPresent() && v.get().stripTrailingZeros().scale() > 0) {
                return tandai(field, "Rupiah bulat tanpa desimal");
            }
            field.setInvalid(false);
            return v;
        } catch (NumberFormatException e) {
            return tandai(field, e.getMessage());
        }
    }

    private static Optional<BigDecimal> tandai(TextField field, String pesan) {
        field.setErrorMessage(pesan);
        field.setInvalid(true);
        return null;
    }
}
