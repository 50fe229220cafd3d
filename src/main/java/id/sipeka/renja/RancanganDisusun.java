package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/** Every section approved: the rancangan is compiled (by the process) and the forum is next. */
public record RancanganDisusun(long renjaId, long kecamatanId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
