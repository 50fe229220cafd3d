package id.sipeka.dokumen;

import java.time.Instant;

/**
 * What the public verification page may show about an archived document: no content, no file, no internal ids.
 *
 * @param nomor the nomor naskah printed in it (as public as the document), {@code null} if it has none
 * @param penerbitSertifikat the issuer of the signer's certificate (e.g. BSrE's CA), null for documents signed
 *                           before it was recorded
 * @param waktuCapTsa the time of the RFC 3161 time-stamp, null without one
 */
public record InfoPublik(String kode, String judul, String jenis, String instansi, int tahun, String tahap, int versi,
        String penandatangan, String jabatanPenandatangan, Instant ditandatanganiPada, String sha256, String nomor,
        String penerbitSertifikat, Instant waktuCapTsa) {
}
