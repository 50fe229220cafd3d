package id.sipeka.dokumen;

/** A header cell; spans of 1 are the plain case. */
public record SelKepala(String teks, int colspan, int rowspan) {

    public SelKepala {
        teks = teks == null ? "" : teks;
        if (colspan < 1 || rowspan < 1) {
            throw new IllegalArgumentException("colspan dan rowspan minimal 1");
        }
    }

    public static SelKepala of(String teks) {
        return new SelKepala(teks, 1, 1);
    }

    public static SelKepala lebar(String teks, int colspan) {
        return new SelKepala(teks, colspan, 1);
    }

    public static SelKepala tinggi(String teks, int rowspan) {
        return new SelKepala(teks, 1, rowspan);
    }
}
