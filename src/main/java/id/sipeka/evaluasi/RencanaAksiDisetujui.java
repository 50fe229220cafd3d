package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The sekcam approved a unit's rencana aksi; with every unit's approved, the quarters can be evaluated. */
public record RencanaAksiDisetujui(long kecamatanId, long renjaId, long rencanaAksiUnitId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rencana-aksi:" + rencanaAksiUnitId;
    }
}
