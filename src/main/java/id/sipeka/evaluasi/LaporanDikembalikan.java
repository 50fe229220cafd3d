package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;
import id.sipeka.security.Peran;

/**
 * The sekcam (at verification) or the camat (at signature) returned a unit's report to the unit with reasons.
 *
 * @param oleh SEKCAM or CAMAT
 * @param alasan the reasons as the unit reads them: for the report and, after a sekcam's return, per row
 */
public record LaporanDikembalikan(long kecamatanId, long evaluasiId, long laporanId, long unitKerjaId, Peran oleh,
        String alasan) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "laporan:" + laporanId;
    }
}
