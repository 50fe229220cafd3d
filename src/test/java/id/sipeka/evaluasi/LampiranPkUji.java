package id.sipeka.evaluasi;

import id.sipeka.dokumen.BarisTabel;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import java.util.List;

/** The rows of a PK's lampiran table as the document lays them out, for tests outside this package. */
public final class LampiranPkUji {

    private LampiranPkUji() {
    }

    public static List<BarisTabel> baris(PerjanjianKinerjaData pk) {
        return DokumenPerjanjianKinerja.tabel(pk).baris();
    }
}
