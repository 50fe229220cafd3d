package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/** A unit's head submitted its section; the sekcam reviews it now. */
public record BagianDiajukan(long renjaId, long kecamatanId, long unitId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId, unitId);
    }
}
