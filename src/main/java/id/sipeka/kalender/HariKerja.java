package id.sipeka.kalender;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working-day arithmetic over a fixed set of days off: Monday to Friday, minus national holidays and cuti bersama.
 * Pure and immutable, so every rule can be tested without a database.
 */
public final class HariKerja {

    /** More days off in a row than any real calendar has: a guard against a table that marks everything off. */
    private static final int BATAS_LANGKAH = 366;

    private final Set<LocalDate> libur;

    public HariKerja(Collection<LocalDate> libur) {
        this.libur = Set.copyOf(libur);
    }

    public boolean hariKerja(LocalDate tanggal) {
        DayOfWeek hari = tanggal.getDayOfWeek();
        return hari != DayOfWeek.SATURDAY && hari != DayOfWeek.SUNDAY && !libur.contains(tanggal);
    }

    /** {@code tanggal} itself when it is a working day, otherwise the first working day after it. */
    public LocalDate palingAwal(LocalDate tanggal) {
        LocalDate d = tanggal;
        for (int i = 0; !hariKerja(d); i++) {
            jaga(i);
            d = d.plusDays(1);
        }
        return d;
    }

    /** The {@code n}-th working day after {@code dari} (n ≥ 1), not counting {@code dari} itself. */
    public LocalDate tambah(LocalDate dari, int n) {
        return geser(dari, n, 1);
    }

    /** The {@code n}-th working day before {@code dari} (n ≥ 1). */
    public LocalDate mundur(LocalDate dari, int n) {
        return geser(dari, n, -1);
    }

    /** Working days after {@code dari} up to and including {@code sampai}; 0 when {@code sampai} is not later. */
    public int antara(LocalDate dari, LocalDate sampai) {
        int n = 0;
        for (LocalDate d = dari.plusDays(1); !d.isAfter(sampai); d = d.plusDays(1)) {
            if (hariKerja(d)) {
                n++;
            }
        }
        return n;
    }

    private LocalDate geser(LocalDate dari, int n, int arah) {
        if (n < 1) {
            throw new IllegalArgumentException("Jumlah hari kerja harus positif: " + n);
        }
        LocalDate d = dari;
        int terhitung = 0;
        for (int i = 0; terhitung < n; i++) {
            jaga(i - n);
            d = d.plusDays(arah);
            if (hariKerja(d)) {
                terhitung++;
            }
        }
        return d;
    }

    private static void jaga(int langkahLebih) {
        if (langkahLebih > BATAS_LANGKAH) {
            throw new IllegalStateException("Tidak ada hari kerja dalam " + BATAS_LANGKAH + " hari: periksa daftar hari libur");
        }
    }
}
