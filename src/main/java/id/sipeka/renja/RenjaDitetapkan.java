package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/**
 * Published inside the penetapan's transaction, so whatever a listener creates for the ditetapkan Renja (e.g. the
 * rencana aksi, with a plain {@code @EventListener}) commits or fails together with it; after-commit listeners
 * ({@code @ApplicationModuleListener}) hear it as the last step of the cycle. {@code indukId} is the Renja a
 * perubahan changes, else null.
 */
public record RenjaDitetapkan(long renjaId, long kecamatanId, int tahun, Long indukId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
