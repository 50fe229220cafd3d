package id.sipeka.dokumen;

import java.util.List;

/**
 * A chapter: "BAB I" / "PENDAHULUAN". Each chapter starts on a new page. A chapter without a number ("KATA
 * PENGANTAR", the body of a berita acara) prints its title only.
 *
 * @param nomor Roman numeral, e.g. "I"; empty for an unnumbered chapter
 */
public record Bab(String nomor, String judul, List<Bagian> bagian) {

    public Bab {
        nomor = nomor == null ? "" : nomor;
        bagian = List.copyOf(bagian);
    }

    /** An unnumbered chapter such as the Kata Pengantar. */
    public static Bab tanpaNomor(String judul, List<Bagian> bagian) {
        return new Bab("", judul, bagian);
    }

    /** "BAB I", or empty for an unnumbered chapter. */
    public String label() {
        return nomor.isBlank() ? "" : "BAB " + nomor;
    }

    /** As listed in the contents: "BAB I PENDAHULUAN" or "KATA PENGANTAR". */
    public String labelLengkap() {
        return (label() + " " + judul).strip();
    }
}
