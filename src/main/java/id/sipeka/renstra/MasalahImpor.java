package id.sipeka.renstra;

/** One problem of an import file, in Indonesian: where (sheet, row, column) and why. */
public record MasalahImpor(String lembar, Integer baris, String kolom, String alasan) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(lembar == null ? "" : lembar);
        if (baris != null) {
            s.append(", baris ").append(baris);
        }
        if (kolom != null) {
            s.append(", kolom ").append(kolom);
        }
        return s.isEmpty() ? alasan : s.append(": ").append(alasan).toString();
    }
}
