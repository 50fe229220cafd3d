package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The camat signed the quarter's recap (after TW IV also the year's evaluation); the quarter is done. */
public record RekapDitandatangani(long kecamatanId, long evaluasiId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rekap:" + evaluasiId;
    }
}
