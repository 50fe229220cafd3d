package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The camat (or an acting Plt./Plh. camat) signed a unit's report; nothing in it changes any more. */
public record LaporanDitandatangani(long kecamatanId, long evaluasiId, long laporanId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "laporan:" + laporanId;
    }
}
