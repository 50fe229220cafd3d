package id.sipeka.dokumen;

import java.util.Objects;

/**
 * What a signed document prints under its signature: the QR code and the address of its public verification page.
 *
 * @param kode the archive's public code (random, not guessable)
 * @param urlVerifikasi full address of {@code /verifikasi/{kode}}
 */
record Pengesahan(String kode, String urlVerifikasi) {

    Pengesahan {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(urlVerifikasi, "urlVerifikasi");
    }
}
