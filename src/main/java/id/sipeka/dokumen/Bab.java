package id.sipeka.dokumen;

import java.util.List;

/**
 * A chapter: "BAB I" / "PENDAHULUAN". Each chapter starts on a new page.
 *
 * @param nomor Roman numeral, e.g. "I"
 */
public record Bab(String nomor, String judul, List<Bagian> bagian) {

    public Bab {
        bagian = List.copyOf(bagian);
    }

    public String label() {
        return "BAB " + nomor;
    }
}
