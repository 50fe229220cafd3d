package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The sekcam verified a unit's report; the camat signs it next. */
public record LaporanDiverifikasi(long kecamatanId, long evaluasiId, long laporanId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "laporan:" + laporanId;
    }
}
