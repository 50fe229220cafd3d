package id.sipeka.dokumen;

import java.util.Objects;

/**
 * What a signed document prints beyond its content: the QR code and the address of its public verification page
 * under the signature, and its nomor naskah at the top (see {@link HtmlDokumen}).
 *
 * @param kode the archive's public code (random, not guessable)
 * @param urlVerifikasi full address of {@code /verifikasi/{kode}}
 * @param nomor the nomor naskah from the kecamatan's register, {@code null} for none (benchmarks, render tests)
 */
record Pengesahan(String kode, String urlVerifikasi, String nomor) {

    Pengesahan {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(urlVerifikasi, "urlVerifikasi");
    }

    Pengesahan(String kode, String urlVerifikasi) {
        this(kode, urlVerifikasi, null);
    }
}
