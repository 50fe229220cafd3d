package id.sipeka.dokumen;

import id.sipeka.base.FormatIndonesia;
import java.math.BigDecimal;

/**
 * A typed body cell. The printed text is made once, here, by {@link FormatIndonesia}; the number is kept for
 * spreadsheets, so an XLSX cell is a real number with a display format, not text.
 *
 * @param jenis how the value is written
 * @param teks the text as printed
 * @param nilai the number ({@code null} for text and for a missing value); percentages in percent points (46.14)
 * @param rentang columns covered (for the label of a TOTAL row)
 */
public record Sel(Jenis jenis, String teks, BigDecimal nilai, int rentang) {

    public enum Jenis {
        TEKS, ANGKA, RUPIAH, PERSEN, PERUBAHAN_RUPIAH;

        /** Numbers are right-aligned in every renderer. */
        public boolean rataKanan() {
            return this != TEKS;
        }
    }

    public Sel {
        teks = teks == null ? "" : teks;
        if (rentang < 1) {
            throw new IllegalArgumentException("rentang minimal 1");
        }
    }

    public static Sel teks(String teks) {
        return new Sel(Jenis.TEKS, teks, null, 1);
    }

    /** A label spanning several columns, e.g. "TOTAL" over Kode and Nama. */
    public static Sel teks(String teks, int rentang) {
        return new Sel(Jenis.TEKS, teks, null, rentang);
    }

    public static Sel angka(BigDecimal nilai) {
        return new Sel(Jenis.ANGKA, FormatIndonesia.angka(nilai), nilai, 1);
    }

    public static Sel angka(long nilai) {
        return angka(BigDecimal.valueOf(nilai));
    }

    public static Sel rupiah(long nilai) {
        return new Sel(Jenis.RUPIAH, FormatIndonesia.rupiah(nilai), BigDecimal.valueOf(nilai), 1);
    }

    /** Missing percentages (target 0) print as "–" and stay empty in a spreadsheet. */
    public static Sel persen(BigDecimal nilai) {
        return new Sel(Jenis.PERSEN, FormatIndonesia.persen(nilai), nilai, 1);
    }

    /** Jumlah Perubahan: negatives in parentheses. */
    public static Sel perubahan(long nilai) {
        return new Sel(Jenis.PERUBAHAN_RUPIAH, FormatIndonesia.rupiahPerubahan(nilai), BigDecimal.valueOf(nilai), 1);
    }

    /** A value not known yet (not reported, not planned) prints as an empty cell, neither "0" nor "–". */
    public static Sel angkaAtauKosong(BigDecimal nilai) {
        return nilai == null ? kosong() : angka(nilai);
    }

    /** As {@link #angkaAtauKosong(BigDecimal)}, for whole numbers such as rupiah under an "Rp" column header. */
    public static Sel angkaAtauKosong(Long nilai) {
        return nilai == null ? kosong() : angka(nilai);
    }

    /** As {@link #angkaAtauKosong(BigDecimal)}, printed as rupiah. */
    public static Sel rupiahAtauKosong(Long nilai) {
        return nilai == null ? kosong() : rupiah(nilai);
    }

    public static Sel kosong() {
        return teks("");
    }
}
