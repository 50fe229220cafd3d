package id.sipeka.dokumen;

import java.time.Instant;

/**
 * An archived final document as the application shows it (for people who may read its kecamatan).
 *
 * @param kode the public code in the QR code and in {@code /verifikasi/{kode}}
 * @param sha256 hex SHA-256 of the stored signed PDF
 * @param jabatanPenandatangan as signed, with "Plt."/"Plh." when acting
 * @param nomor the nomor naskah printed in it, {@code null} for a document signed before numbering existed
 */
public record ArsipDokumen(long id, String kode, long kecamatanId, String jenis, String judul, String instansi,
        int tahun, String tahap, int versi, String sha256, long ukuran, String penandatangan,
        String jabatanPenandatangan, String nipPenandatangan, Instant ditandatanganiPada, String dibuatOleh,
        String nomor) {

    public String namaBerkas() {
        return (jenis + "-" + instansi + "-" + tahun + "-v" + versi).replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
    }
}
