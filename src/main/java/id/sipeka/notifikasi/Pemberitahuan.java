package id.sipeka.notifikasi;

import id.sipeka.security.Peran;

/**
 * A message to everyone holding {@code peran} in a kecamatan (for KEPALA_UNIT/STAF: of {@code unitKerjaId}).
 *
 * @param jenis TUGAS (something to do now), DIKEMBALIKAN, PENGINGAT (before a deadline) or ESKALASI (after it, to
 *        the next level up)
 * @param tautan the route of the screen to act on, e.g. "renja/12/bagian"
 * @param subjek the document it asks to act on, as in {@link id.sipeka.base.LangkahSelesai#subjek()}: the next step
 *        on that document makes it done; null for a message that stays until the recipient's list is cleared
 */
public record Pemberitahuan(long kecamatanId, Peran peran, Long unitKerjaId, String jenis, String judul, String pesan,
        String tautan, String subjek) {
}
