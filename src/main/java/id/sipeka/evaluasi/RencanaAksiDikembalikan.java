package id.sipeka.evaluasi;

import id.sipeka.base.LangkahSelesai;

/** The sekcam returned a unit's rencana aksi with a reason; the unit fills it again. */
public record RencanaAksiDikembalikan(long kecamatanId, long renjaId, long rencanaAksiUnitId, long unitKerjaId) implements LangkahSelesai {

    @Override
    public String subjek() {
        return "rencana-aksi:" + rencanaAksiUnitId;
    }
}
