package id.sipeka.dokumen;

import java.time.Instant;

/** Outcome of comparing an uploaded file with an archived document, with the check of the upload's own signatures. */
public sealed interface HasilPencocokan {

    /** The file is byte for byte the archived document. */
    record Cocok(InfoPublik dokumen, TandaTanganBerkas tandaTangan) implements HasilPencocokan {
    }

    /** The code exists, but the file differs from what was signed. */
    record TidakCocok(InfoPublik dokumen, String sha256Berkas, TandaTanganBerkas tandaTangan) implements HasilPencocokan {
    }

    /** No document has this code; the page shows the same as for a missing page. */
    record TidakDikenal() implements HasilPencocokan {
    }

    /**
     * The signatures in the uploaded bytes themselves: valid (every signature and time-stamp verifies, the last
     * covers the whole file) or not, and whose.
     *
     * @param waktuTsa the time of a valid document time-stamp, null without one
     */
    record TandaTanganBerkas(boolean sah, String penandatangan, String penerbit, Instant waktuTsa) {
    }
}
