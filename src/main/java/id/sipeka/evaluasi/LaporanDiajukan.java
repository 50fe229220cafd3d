package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The unit head submitted the unit's report; the sekcam verifies it next. */
public record LaporanDiajukan(long kecamatanId, long evaluasiId, long laporanId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "laporan:" + laporanId;
    }
}
