package id.sipeka.renja;

import id.sipeka.base.LangkahSelesai;

/** The camat returned the rancangan akhir to the sekcam with a reason. */
public record RenjaDikembalikanKeSekcam(long renjaId, long kecamatanId, String alasan) implements LangkahSelesai {

    @Override
    public String subjek() {
        return SubjekRenja.subjek(renjaId);
    }
}
