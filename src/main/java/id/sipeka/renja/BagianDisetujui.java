package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/**
 * The sekcam approved a unit's section. {@code rancanganAkhirSiap}: it was the last revision after the forum, so
 * the rancangan akhir waits for the sekcam's approval now.
 */
public record BagianDisetujui(long renjaId, long kecamatanId, long unitId, boolean rancanganAkhirSiap)
        implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId, unitId);
    }
}
