package id.sipeka.renja;

/**
 * Published inside the penetapan's transaction, so whatever a listener creates for the ditetapkan Renja (e.g. the
 * rencana aksi) commits or fails together with it. {@code indukId} is the Renja a perubahan changes, else null.
 */
public record RenjaDitetapkan(long renjaId, long kecamatanId, int tahun, Long indukId) {
}
