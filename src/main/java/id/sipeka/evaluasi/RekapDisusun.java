package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** Every unit's report of the quarter is signed: the recap is ready for the camat's signature. */
public record RekapDisusun(long kecamatanId, long evaluasiId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rekap:" + evaluasiId;
    }
}
