package id.sipeka.dokumen;

import java.time.Instant;

/**
 * A file of the archive beside the signed documents, as the application shows it.
 *
 * @param kode the file's own code (for downloading it)
 * @param arsipKode the signed document it belongs to (its tables), {@code null} for uploaded evidence
 * @param namaBerkas the name to offer when downloading (the uploader's file name, made safe)
 * @param sha256 hex SHA-256 of the stored bytes
 */
public record LampiranDokumen(long id, String kode, long kecamatanId, String arsipKode, String jenis, String judul,
        int tahun, String namaBerkas, String tipeMedia, String sha256, long ukuran, String disimpanOleh,
        Instant disimpanPada) {
}
