package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/** The sekcam approved the rancangan akhir; the camat signs it now. */
public record RancanganAkhirDisetujui(long renjaId, long kecamatanId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
