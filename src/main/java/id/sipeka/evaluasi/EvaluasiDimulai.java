package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** A quarter's evaluation was started (by the sekcam or the daily timer): every unit has an empty report to fill. */
public record EvaluasiDimulai(long kecamatanId, long evaluasiId, int tahun, int triwulan) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rekap:" + evaluasiId;
    }
}
