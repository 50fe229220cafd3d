package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Persetujuan;
import id.sipeka.base.Pesan;
import id.sipeka.base.StatusPersetujuan;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A unit's rencana aksi as a whole: filled by the unit, submitted by its head, approved or returned by the sekcam.
 * Every change of state goes through a method here that refuses what the current state does not allow.
 */
@Entity
@Table(name = "rencana_aksi_unit")
class RencanaAksiUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Embedded
    private Persetujuan persetujuan = new Persetujuan();
    @Version
    long version;

    protected RencanaAksiUnit() {
    }

    /** A unit's rencana aksi for a ditetapkan Renja, still to be filled. */
    static RencanaAksiUnit baru(long renjaId, long unitKerjaId) {
        RencanaAksiUnit u = new RencanaAksiUnit();
        u.renjaId = renjaId;
        u.unitKerjaId = unitKerjaId;
        return u;
    }

    /**
     * A unit's rencana aksi for a ditetapkan Renja Perubahan that changes none of the unit's rows: approved as the
     * unit's rencana aksi of the Renja it revises was (who submitted and approved it, and when), with no process.
     */
    static RencanaAksiUnit dibawaDari(long renjaId, RencanaAksiUnit asal) {
        RencanaAksiUnit u = baru(renjaId, asal.unitKerjaId);
        u.persetujuan.bawaDari(asal.persetujuan);
        return u;
    }

    /** Where it stands, as the screens show it ("draf" while being filled). */
    StatusRencanaAksi status() {
        return switch (persetujuan.status()) {
            case DIISI -> StatusRencanaAksi.DRAF;
            case DIAJUKAN -> StatusRencanaAksi.DIAJUKAN;
            case DIKEMBALIKAN -> StatusRencanaAksi.DIKEMBALIKAN;
            case DISETUJUI -> StatusRencanaAksi.DISETUJUI;
        };
    }

    String alasan() {
        return persetujuan.alasan();
    }

    /** The unit may change its rows: being filled, or returned. */
    boolean dapatDiubah() {
        return persetujuan.dapatDiubah();
    }

    boolean diajukan() {
        return persetujuan.status() == StatusPersetujuan.DIAJUKAN;
    }

    boolean disetujui() {
        return persetujuan.disetujui();
    }

    void ajukan(String oleh, Instant waktu) {
        if (!dapatDiubah()) {
            throw new AturanDilanggarException(Pesan.get("rencanaAksi.bukanDraf"));
        }
        persetujuan.ajukan(oleh, waktu);
    }

    void setujui(String oleh, Instant waktu) {
        wajibDiajukan();
        persetujuan.setujui(oleh, waktu);
    }

    /** The sekcam returns what was submitted, with a reason (an approved rencana aksi is not returned). */
    void kembalikan(String alasan, String oleh, Instant waktu) {
        wajibDiajukan();
        persetujuan.kembalikan(alasan, false, oleh, waktu);
    }

    private void wajibDiajukan() {
        if (!diajukan()) {
            throw new AturanDilanggarException(Pesan.get("rencanaAksi.belumDiajukan"));
        }
    }
}
