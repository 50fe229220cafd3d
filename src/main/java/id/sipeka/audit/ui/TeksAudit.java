package id.sipeka.audit.ui;

import id.sipeka.base.Pesan;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log as a person reads it. Entries are stored as they were written — an action code ("GANTI_SANDI"), a
 * data type ("UnitKerja") and the values as the program printed them ("PegawaiData[id=9, pangkat=III_B, …]") — and
 * are shown here in words: "Ganti sandi", "Unit kerja", "id: 9; pangkat: III/b; …", a role by its name.
 */
final class TeksAudit {

    private static final Pattern REKAMAN = Pattern.compile("^[A-Z][A-Za-z]*Data\\[(.*)]$", Pattern.DOTALL);
    /** A code: words joined by "_" (KEPALA_UNIT, III_B), or a whole capitalised value of a field (jenis=DESA). */
    private static final Pattern KODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|(?<=(?:jenis|peran|status)=)[A-Z]+\\b");
    private static final Pattern GOLONGAN = Pattern.compile("(I{1,3}|IV)_([A-E])");

    private TeksAudit() {
    }

    /** "GANTI_SANDI" → "Ganti sandi". */
    static String aksi(String kode) {
        return kalimat(kode);
    }

    /** "UnitKerja" → "Unit kerja", "HARI_LIBUR" → "Hari libur". */
    static String jenis(String kode) {
        if (kode == null) {
            return "";
        }
        return kalimat(kode.contains("_") ? kode : kode.replaceAll("(?<=[a-z])(?=[A-Z])", " "));
    }

    /** A stored value in words: a record as "field: value; …", codes as words. */
    static String nilai(String tersimpan) {
        if (tersimpan == null) {
            return "";
        }
        Matcher rekaman = REKAMAN.matcher(tersimpan);
        boolean adalahRekaman = rekaman.matches();
        String teks = adalahRekaman ? rekaman.group(1) : tersimpan;
        Matcher m = KODE.matcher(teks);
        StringBuilder hasil = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(hasil, Matcher.quoteReplacement(kode(m.group())));
        }
        m.appendTail(hasil);
        teks = hasil.toString();
        // fields are split where ", " is followed by the next "name=", not inside a value ("Rizky, A.Md.")
        if (!adalahRekaman) {
            return teks;
        }
        return teks.replaceAll("=null\\b", "=–").replaceAll(", (?=\\w+=)", "; ").replaceAll("(\\w+)=", "$1: ");
    }

    private static String kode(String kode) {
        String peran = Pesan.get("peran." + kode);
        if (!peran.startsWith("!")) {
            return peran;
        }
        Matcher g = GOLONGAN.matcher(kode);
        if (g.matches()) {
            return g.group(1) + "/" + g.group(2).toLowerCase(Locale.ROOT);
        }
        return kode.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String kalimat(String kode) {
        if (kode == null || kode.isEmpty()) {
            return "";
        }
        String kata = kode.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(kata.charAt(0)) + kata.substring(1);
    }
}
