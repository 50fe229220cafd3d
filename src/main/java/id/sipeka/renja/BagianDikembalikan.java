package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/** The sekcam returned a unit's section with a reason (for the section, per row, or both). */
public record BagianDikembalikan(long renjaId, long kecamatanId, long unitId, String alasan) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId, unitId);
    }
}
