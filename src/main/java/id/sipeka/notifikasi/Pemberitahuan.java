package id.sipeka.notifikasi;

import id.sipeka.security.Peran;

/**
 * A message to everyone holding {@code peran} in a kecamatan (for KEPALA_UNIT/STAF: of {@code unitKerjaId}).
 *
 * @param jenis PENGINGAT (before a deadline) or ESKALASI (after it, to the next level up)
 * @param tautan the route of the screen to act on, e.g. "renja/12/bagian"
 */
public record Pemberitahuan(long kecamatanId, Peran peran, Long unitKerjaId, String jenis, String judul, String pesan,
        String tautan) {
}
