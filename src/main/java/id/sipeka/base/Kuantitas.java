package id.sipeka.base;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A target or realisasi quantity (12 dokumen, 70,01 indeks, 100%): not negative, at most {@value #DIGIT_BULAT} digits
 * before the comma and {@value #DIGIT_DESIMAL} after it, exactly what the {@code DECIMAL(19,4)} columns of the
 * migrations hold. Every entry point checks a typed or imported value with {@link #periksa} or {@link #masalah}
 * before anything is stored, so the database never rounds a value silently or refuses it with a server error.
 */
public record Kuantitas(BigDecimal nilai) {

    public static final int DIGIT_BULAT = 15;
    public static final int DIGIT_DESIMAL = 4;
    public static final BigDecimal MAKS = new BigDecimal("999999999999999.9999");

    public Kuantitas {
        masalah(nilai, "Nilai").ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        nilai = bersih(nilai);
    }

    /** {@code 999.999.999.999.999,9999}. */
    public static String maksimum() {
        return FormatIndonesia.angka(MAKS);
    }

    /**
     * Why a value typed or imported for the named field is not a valid quantity, in Indonesian and naming the field;
     * empty when it is valid or absent.
     */
    public static Optional<String> masalah(BigDecimal nilai, String namaField) {
        if (nilai == null) {
            return Optional.empty();
        }
        if (nilai.signum() < 0) {
            return Optional.of(Pesan.get("angka.negatif", namaField));
        }
        // compareTo looks at the exponents first, so even 1E+999999999 is refused without being written out
        if (nilai.compareTo(MAKS) > 0) {
            return Optional.of(Pesan.get("angka.kuantitasTerlaluBesar", namaField, maksimum()));
        }
        if (nilai.scale() > DIGIT_DESIMAL && nilai.stripTrailingZeros().scale() > DIGIT_DESIMAL) {
            return Optional.of(Pesan.get("angka.kuantitasDesimal", namaField, DIGIT_DESIMAL));
        }
        return Optional.empty();
    }

    /**
     * The value without trailing zeros (and without an exponent), or {@code null} for no value.
     *
     * @throws AturanDilanggarException naming the field when the value is negative, too large or too precise
     */
    public static BigDecimal periksa(BigDecimal nilai, String namaField) {
        masalah(nilai, namaField).ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        return bersih(nilai);
    }

    private static BigDecimal bersih(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal b = nilai.stripTrailingZeros();
        // 1E+3 is stored and shown as 1000: never a negative scale
        return b.scale() < 0 ? b.setScale(0) : b;
    }
}
