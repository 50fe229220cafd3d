package id.sipeka.base;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Whole rupiah from 0 to {@value #MAKS} (Rp 999 triliun), the bounded money of SIPEKA: a pagu, an anggaran, a rencana
 * aksi or a realisasi. Every entry point (import, REST, a screen) checks a typed value with {@link #periksa} or
 * {@link #masalah} before anything is stored, and every total is added with {@link #tambah} or {@link #jumlah}, which
 * refuse to wrap around instead of printing a negative total. The bound is far above any kecamatan's budget and leaves
 * room for the sum of thousands of rows in a {@code long} (and in the {@code BIGINT} columns).
 */
public record Rupiah(long nilai) implements Comparable<Rupiah> {

    public static final long MAKS = 999_999_999_999_999L;
    private static final BigDecimal MAKS_DESIMAL = BigDecimal.valueOf(MAKS);

    public Rupiah {
        if (nilai < 0 || nilai > MAKS) {
            throw new AturanDilanggarException(Pesan.get("angka.rupiahDiLuarBatas", FormatIndonesia.rupiah(MAKS)));
        }
    }

    /** {@code Rp 999.999.999.999.999}. */
    public static String maksimum() {
        return FormatIndonesia.rupiah(MAKS);
    }

    /**
     * Why a value typed or imported for the named field is not a valid rupiah, in Indonesian and naming the field
     * ("Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999."); empty when it is valid or absent.
     */
    public static Optional<String> masalah(BigDecimal nilai, String namaField) {
        if (nilai == null) {
            return Optional.empty();
        }
        if (nilai.signum() < 0) {
            return Optional.of(Pesan.get("angka.negatif", namaField));
        }
        // compareTo looks at the exponents first, so even 1E+999999999 is refused without being written out
        if (nilai.compareTo(MAKS_DESIMAL) > 0) {
            return Optional.of(Pesan.get("angka.rupiahTerlaluBesar", namaField, maksimum()));
        }
        if (nilai.stripTrailingZeros().scale() > 0) {
            return Optional.of(Pesan.get("angka.rupiahDesimal", namaField));
        }
        return Optional.empty();
    }

    /** @see #masalah(BigDecimal, String) */
    public static Optional<String> masalah(Long nilai, String namaField) {
        return masalah(nilai == null ? null : BigDecimal.valueOf(nilai), namaField);
    }

    /**
     * The value as whole rupiah, or {@code null} for no value.
     *
     * @throws AturanDilanggarException naming the field when the value is negative, too large or has decimals
     */
    public static Long periksa(BigDecimal nilai, String namaField) {
        masalah(nilai, namaField).ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        return nilai == null ? null : nilai.longValueExact();
    }

    /** @see #periksa(BigDecimal, String) */
    public static Long periksa(Long nilai, String namaField) {
        masalah(nilai, namaField).ifPresent(p -> {
            throw new AturanDilanggarException(p);
        });
        return nilai;
    }

    /** a + b, refusing (ArithmeticException) rather than wrapping around to a negative total. */
    public static long tambah(long a, long b) {
        return Math.addExact(a, b);
    }

    /** The exact sum of rupiah values; a missing one counts as nothing. Never wraps around. */
    public static long jumlah(Collection<Long> nilai) {
        return nilai.stream().filter(Objects::nonNull).reduce(0L, Math::addExact);
    }

    @Override
    public int compareTo(Rupiah lain) {
        return Long.compare(nilai, lain.nilai);
    }

    @Override
    public String toString() {
        return FormatIndonesia.rupiah(nilai);
    }
}
