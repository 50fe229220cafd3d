package id.sipeka.dokumen;

import java.time.Instant;

/**
 * One line of a kecamatan's agenda of naskah dinas: a number of its register and the signed document it was given to.
 *
 * @param urut the number in the register of its year (1, 2, …; no gaps)
 * @param hal the subject, i.e. the document's title
 * @param klasifikasi the kode klasifikasi arsip
 * @param ditandatanganiPada when the document was signed (its date)
 * @param arsipKode the signed document's code, for its download and its verification page
 * @param sha256 hex SHA-256 of the signed PDF
 */
public record AgendaNaskah(int tahun, int urut, String nomor, String hal, String klasifikasi, String jenis,
        String penandatangan, String jabatanPenandatangan, Instant ditandatanganiPada, String arsipKode, String sha256) {
}
