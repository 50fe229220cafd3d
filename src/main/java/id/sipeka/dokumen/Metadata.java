package id.sipeka.dokumen;

import java.util.Objects;

/**
 * What identifies a document in the archive and on the public verification page. Only these fields are ever
 * shown to an anonymous visitor.
 *
 * @param jenis kind of document, e.g. "Renja", "Laporan Evaluasi Triwulan"
 * @param kecamatanId owner; access to the archived file follows the kecamatan
 * @param instansi the issuing office as printed, e.g. "Kecamatan Kalaena"
 * @param tahun the plan or report year
 * @param tahap official stage, e.g. "Rancangan Akhir", "Penetapan"
 * @param versi 1 for the first, higher for each Perubahan or re-issue
 */
public record Metadata(String jenis, long kecamatanId, String instansi, int tahun, String tahap,
        int versi) {

    public Metadata {
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(instansi, "instansi");
        Objects.requireNonNull(tahap, "tahap");
        if (versi < 1) {
            throw new IllegalArgumentException("versi dimulai dari 1");
        }
    }
}
