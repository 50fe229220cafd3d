package id.sipeka.dokumen;

/** Outcome of comparing an uploaded file with an archived document. */
public sealed interface HasilPencocokan {

    /** The file is byte for byte the archived document. */
    record Cocok(InfoPublik dokumen) implements HasilPencocokan {
    }

    /** The code exists, but the file differs from what was signed. */
    record TidakCocok(InfoPublik dokumen, String sha256Berkas) implements HasilPencocokan {
    }

    /** No document has this code; the page shows the same as for a missing page. */
    record TidakDikenal() implements HasilPencocokan {
    }
}
