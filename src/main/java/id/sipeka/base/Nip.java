package id.sipeka.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * NIP, the 18-digit civil-servant number: birth date (yyyyMMdd), appointment year-month (yyyyMM), sex (1 man,
 * 2 woman) and a 3-digit sequence. Written {@code 19720508 199703 2 006}.
 */
public record Nip(String nilai) {

    public Nip {
        List<String> salah = periksa(nilai);
        if (!salah.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", salah));
        }
        nilai = nilai.replace(" ", "");
    }

    /** Parses the plain or the spaced form. */
    public static Nip of(String teks) {
        return new Nip(teks == null ? null : teks.strip());
    }

    /** Every reason (in Indonesian) why the text is not a valid NIP; empty when it is valid. */
    public static List<String> periksa(String teks) {
        List<String> salah = new ArrayList<>();
        String angka = teks == null ? "" : teks.replace(" ", "");
        if (!angka.matches("\\d{18}")) {
            salah.add("NIP harus 18 angka");
            return salah;
        }
        LocalDate lahir = null;
        try {
            lahir = LocalDate.of(Integer.parseInt(angka.substring(0, 4)), Integer.parseInt(angka.substring(4, 6)),
                    Integer.parseInt(angka.substring(6, 8)));
        } catch (DateTimeException e) {
            salah.add("8 angka pertama NIP bukan tanggal lahir yang sah");
        }
        YearMonth pengangkatan = null;
        try {
            pengangkatan = YearMonth.of(Integer.parseInt(angka.substring(8, 12)), Integer.parseInt(angka.substring(12, 14)));
        } catch (DateTimeException e) {
            salah.add("angka ke-9 sampai ke-14 NIP bukan tahun-bulan pengangkatan yang sah");
        }
        if (lahir != null && pengangkatan != null && !pengangkatan.isAfter(YearMonth.from(lahir))) {
            salah.add("tahun pengangkatan pada NIP harus sesudah tanggal lahir");
        }
        if (lahir != null && lahir.getYear() < 1900) {
            salah.add("tahun lahir pada NIP tidak masuk akal");
        }
        char kelamin = angka.charAt(14);
        if (kelamin != '1' && kelamin != '2') {
            salah.add("angka ke-15 NIP (jenis kelamin) harus 1 atau 2");
        }
        return salah;
    }

    public LocalDate tanggalLahir() {
        return LocalDate.of(Integer.parseInt(nilai.substring(0, 4)), Integer.parseInt(nilai.substring(4, 6)),
                Integer.parseInt(nilai.substring(6, 8)));
    }

    public YearMonth pengangkatan() {
        return YearMonth.of(Integer.parseInt(nilai.substring(8, 12)), Integer.parseInt(nilai.substring(12, 14)));
    }

    public boolean perempuan() {
        return nilai.charAt(14) == '2';
    }

    /** {@code 19720508 199703 2 006}, as printed under a signature. */
    public String tertulis() {
        return nilai.substring(0, 8) + " " + nilai.substring(8, 14) + " " + nilai.charAt(14) + " " + nilai.substring(15);
    }

    @Override
    public String toString() {
        return tertulis();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nip other && Objects.equals(nilai, other.nilai);
    }

    @Override
    public int hashCode() {
        return nilai.hashCode();
    }
}
