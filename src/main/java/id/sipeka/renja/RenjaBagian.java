package id.sipeka.renja;

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
 * A unit's section of a Renja and where it stands with the sekcam: the shared approval state
 * ({@link Persetujuan}), changed only through it, so a step the current state does not allow is refused.
 */
@Entity
@Table(name = "renja_bagian")
class RenjaBagian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Embedded
    private Persetujuan persetujuan = new Persetujuan();
    /**
     * Carried over unchanged into a Renja Perubahan: approved as in the ditetapkan Renja, and its unit has no task,
     * so it changes nothing — unless the forum sends it revision work, which makes it part of the perubahan.
     */
    boolean dibawa;
    @Version
    long version;

    protected RenjaBagian() {
    }

    RenjaBagian(long renjaId, long unitKerjaId) {
        this.renjaId = renjaId;
        this.unitKerjaId = unitKerjaId;
    }

    /**
     * The section of a unit the Renja Perubahan does not change: approved as the same unit's section of the ditetapkan
     * Renja was (who submitted and approved it, and when), with no task for its unit.
     */
    static RenjaBagian dibawaDari(long renjaId, RenjaBagian asal) {
        RenjaBagian b = new RenjaBagian(renjaId, asal.unitKerjaId);
        b.persetujuan.bawaDari(asal.persetujuan);
        b.dibawa = true;
        return b;
    }

    /**
     * The section of a unit that a Renstra Perubahan gives its first sub kegiatan after the sections were approved
     * (forum or later): the sekcam who takes the change over submits and approves it at once — its rows hold the
     * Renstra's values, and the forum may still send it back for revision.
     */
    static RenjaBagian disetujuiSaatAmbilRenstra(long renjaId, long unitKerjaId, String sekcam, Instant waktu) {
        RenjaBagian b = new RenjaBagian(renjaId, unitKerjaId);
        b.persetujuan.ajukan(sekcam, waktu);
        b.persetujuan.setujui(sekcam, waktu);
        return b;
    }

    /** A unit changes its rows, narrative parts and submits only if its section is part of the Renja (perubahan). */
    void wajibDapatDiisi() {
        if (dibawa) {
            throw new AturanDilanggarException(Pesan.get("renja.bagianDibawa"));
        }
    }

    Persetujuan persetujuan() {
        return persetujuan;
    }

    /** The unit head submits the section (being filled, or after a return). */
    void ajukan(String oleh, Instant waktu) {
        wajibDapatDiisi();
        persetujuan.ajukan(oleh, waktu);
    }

    /** The sekcam approves what was submitted. */
    void setujui(String oleh, Instant waktu) {
        persetujuan.setujui(oleh, waktu);
    }

    /** The sekcam returns what was submitted, with a reason for the section, per row, or both. */
    void kembalikan(String alasan, boolean adaAlasanPerBaris, String oleh, Instant waktu) {
        // the sekcam decides on a submitted section only; returning an approved one is the forum's revision
        if (persetujuan.status() != StatusPersetujuan.DIAJUKAN) {
            throw new AturanDilanggarException(Pesan.get("persetujuan.tidakDapatDikembalikan",
                    Pesan.get("persetujuan.status." + persetujuan.status().name())));
        }
        persetujuan.kembalikan(alasan, adaAlasanPerBaris, oleh, waktu);
    }

    /**
     * The forum asks the unit to revise its approved section. A section carried into a perubahan unchanged becomes part
     * of the perubahan by this: the forum decided its unit changes something.
     */
    void bukaUntukRevisi() {
        persetujuan.bukaKembali();
        dibawa = false;
    }
}
