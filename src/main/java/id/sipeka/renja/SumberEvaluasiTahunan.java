package id.sipeka.renja;

import id.sipeka.renja.RenjaData.AcuanEvaluasiLalu;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import java.util.List;

/**
 * What BAB II of a Renja needs from the evaluation of earlier years (T-C.29). Implemented by the evaluasi module,
 * which depends on the Renja and not the other way round; every percentage of the table is computed there.
 */
public interface SumberEvaluasiTahunan {

    /**
     * The T-C.29 rows of a Renja for year N: for each row of {@code acuan}, realisasi up to N−3, target and realisasi
     * of N−2 from "evaluasi tahun N−2" with its tingkat realisasi, and the perkiraan capaian up to N−1. Rows without
     * stored evaluations keep those columns empty.
     */
    List<BarisEvaluasiLalu> evaluasiLalu(long kecamatanId, int tahunRenja, List<AcuanEvaluasiLalu> acuan);
}
