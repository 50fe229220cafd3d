package id.sipeka.base.ui;

import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.AngkaIndonesia;
import id.sipeka.base.Kuantitas;
import id.sipeka.base.Rupiah;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a number typed the Indonesian way into a text field. An invalid value marks the field with the reason in
 * Indonesian, so a form can refuse to save and keep everything the user typed. A rupiah field is a bounded
 * {@link Rupiah}, any other number a bounded {@link Kuantitas}; the message names the field by its label
 * ("Pagu indikatif (Rp) terlalu besar: paling banyak Rp 999.999.999.999.999.").
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
            String nama = field.getLabel() == null || field.getLabel().isBlank() ? "Nilai" : field.getLabel();
            Optional<String> diLuarBatas = v.flatMap(n -> rupiah ? Rupiah.masalah(n, nama) : Kuantitas.masalah(n, nama));
            if (diLuarBatas.isPresent()) {
                return tandai(field, diLuarBatas.get());
            }
            field.setInvalid(false);
            return v;
        } catch (NumberFormatException e) {
            return tandai(field, e.getMessage());
        }
    }

    /**
     * A rupiah field as whole rupiah within {@link Rupiah#MAKS}.
     *
     * @return {@code null} when the value is invalid (the field is marked), empty when the field is blank
     */
    public static Optional<Long> bacaRupiah(TextField field) {
        Optional<BigDecimal> v = baca(field, true);
        return v == null ? null : v.map(BigDecimal::longValueExact);
    }

    private static <T> Optional<T> tandai(TextField field, String pesan) {
        field.setErrorMessage(pesan);
        field.setInvalid(true);
        return null;
    }
}
