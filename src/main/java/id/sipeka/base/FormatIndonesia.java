package id.sipeka.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one place where numbers, money, percentages, dates and quarters are written the Indonesian way (GUIDE §6):
 * {@code Rp 34.428.500}, {@code (2.700.000)} for a negative change, {@code 46,14%}, {@code 28 Maret 2024}, TW {@code I–IV}.
 */
public final class FormatIndonesia {

    public static final Locale LOCALE = Locale.of("id", "ID");
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(LOCALE);
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm", LOCALE);
    private static final String[] HARI = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] ROMAWI = {"I", "II", "III", "IV"};

    private FormatIndonesia() {
    }

    /** {@code 2485296504} → {@code 2.485.296.504}; decimals only where the value has them ({@code 70,01}). */
    public static String angka(BigDecimal nilai) {
        if (nilai == null) {
            return "";
        }
        BigDecimal bersih = nilai.stripTrailingZeros();
        int desimal = Math.max(0, bersih.scale());
        DecimalFormat format = new DecimalFormat("#,##0" + (desimal > 0 ? "." + "0".repeat(desimal) : ""), SYMBOLS);
        return format.format(bersih);
    }

    public static String angka(long nilai) {
        return angka(BigDecimal.valueOf(nilai));
    }

    /** {@code Rp 34.428.500}: whole rupiah, half-up. */
    public static String rupiah(BigDecimal nilai) {
        if (nilai == null) {
            return "";
        }
        BigDecimal bulat = nilai.setScale(0, RoundingMode.HALF_UP);
        String angka = angka(bulat.abs());
        return bulat.signum() < 0 ? "-Rp " + angka : "Rp " + angka;
    }

    public static String rupiah(long nilai) {
        return rupiah(BigDecimal.valueOf(nilai));
    }

    /** For change columns (Jumlah Perubahan): {@code 2.700.000} or {@code (2.700.000)}. */
    public static String rupiahPerubahan(long nilai) {
        String angka = angka(Math.abs(nilai));
        return nilai < 0 ? "(" + angka + ")" : angka;
    }

    /** {@code 46,14%}: two decimals, half-up, rounded only here. A missing value is the dash "–". */
    public static String persen(BigDecimal nilai) {
        if (nilai == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", SYMBOLS);
        return format.format(nilai.setScale(2, RoundingMode.HALF_UP)) + "%";
    }

    /** {@code 28 Maret 2024}. */
    public static String tanggal(LocalDate tanggal) {
        return tanggal == null ? "" : TANGGAL.format(tanggal);
    }

    /** {@code 28 Maret 2024} for a moment, in the deployment's zone (pass {@code clock.getZone()}). */
    public static String tanggal(Instant saat, ZoneId zona) {
        return saat == null ? "" : tanggal(saat.atZone(zona).toLocalDate());
    }

    /** {@code 2 Desember 2026 13.50}: date and time of a moment, the one style of every screen and document. */
    public static String waktu(Instant saat, ZoneId zona) {
        if (saat == null) {
            return "";
        }
        ZonedDateTime t = saat.atZone(zona);
        return TANGGAL.format(t) + " " + JAM.format(t);
    }

    /** {@code 13.50}: the time of a moment, written with a dot as in every Indonesian letter. */
    public static String jam(Instant saat, ZoneId zona) {
        return saat == null ? "" : JAM.format(saat.atZone(zona));
    }

    /** {@code Selasa}: the day's name, as in "Pada hari ini, Selasa tanggal …" of a berita acara. */
    public static String hari(LocalDate tanggal) {
        // Spelled here rather than by the JDK's locale data, whose Indonesian names have changed between versions.
        return tanggal == null ? "" : HARI[tanggal.getDayOfWeek().getValue() - 1];
    }

    /** Quarter 1..4 as the Roman numeral used in every report. */
    public static String triwulan(int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new IllegalArgumentException("Triwulan harus 1 sampai 4: " + triwulan);
        }
        return ROMAWI[triwulan - 1];
    }
}
