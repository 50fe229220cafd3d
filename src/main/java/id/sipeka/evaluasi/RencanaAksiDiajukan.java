package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The unit head submitted the unit's rencana aksi; the sekcam approves or returns it next. */
public record RencanaAksiDiajukan(long kecamatanId, long renjaId, long rencanaAksiUnitId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rencana-aksi:" + rencanaAksiUnitId;
    }
}
