package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/**
 * A unit that had no section in an open Renja got one, with a task to fill it (to revise it, after the forum), because a Renstra Perubahan the
 * sekcam took over gave it a sub kegiatan. Nothing was waiting on the new section before.
 */
public record BagianUnitDibuka(long renjaId, long kecamatanId, long unitId, boolean revisi) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId, unitId);
    }
}
