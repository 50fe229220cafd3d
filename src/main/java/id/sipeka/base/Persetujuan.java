package id.sipeka.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * The approval state of a unit's piece of work (a Renja section, a rencana aksi, a laporan evaluasi): submitted,
 * returned with a reason, or approved — and who did it when. The entity holding it changes it only through these
 * methods, each of which refuses a transition the current state does not allow, so no service assigns states field
 * by field. Columns are named the same in every table that embeds it.
 */
@Embeddable
public class Persetujuan {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StatusPersetujuan status = StatusPersetujuan.DIISI;
    /** The reason of the latest return (null once submitted again and approved). */
    @Column(name = "alasan")
    private String alasan;
    @Column(name = "diajukan_pada")
    private Instant diajukanPada;
    @Column(name = "diajukan_oleh")
    private String diajukanOleh;
    @Column(name = "diputus_pada")
    private Instant diputusPada;
    @Column(name = "diputus_oleh")
    private String diputusOleh;

    public StatusPersetujuan status() {
        return status;
    }

    public String alasan() {
        return alasan;
    }

    public Instant diajukanPada() {
        return diajukanPada;
    }

    public String diajukanOleh() {
        return diajukanOleh;
    }

    /** When it was last approved or returned. */
    public Instant diputusPada() {
        return diputusPada;
    }

    public String diputusOleh() {
        return diputusOleh;
    }

    public boolean disetujui() {
        return status == StatusPersetujuan.DISETUJUI;
    }

    /** May the unit change it now: while being filled or after a return. */
    public boolean dapatDiubah() {
        return status == StatusPersetujuan.DIISI || status == StatusPersetujuan.DIKEMBALIKAN;
    }

    /** The unit submits: from being filled or after a return. */
    public void ajukan(String oleh, Instant waktu) {
        wajib(dapatDiubah(), "persetujuan.tidakDapatDiajukan");
        status = StatusPersetujuan.DIAJUKAN;
        diajukanOleh = Objects.requireNonNull(oleh);
        diajukanPada = Objects.requireNonNull(waktu);
    }

    /** The approver approves what was submitted; an earlier return's reason is done with. */
    public void setujui(String oleh, Instant waktu) {
        wajib(status == StatusPersetujuan.DIAJUKAN, "persetujuan.tidakDapatDisetujui");
        status = StatusPersetujuan.DISETUJUI;
        alasan = null;
        putus(oleh, waktu);
    }

    /**
     * Returns it to the unit with a reason: what was submitted, or — by a higher level (the camat before signing a
     * verified report) — what was approved. A reason is required; it may be empty only when reasons per row are given.
     */
    public void kembalikan(String alasanUmum, boolean adaAlasanPerBaris, String oleh, Instant waktu) {
        wajib(status == StatusPersetujuan.DIAJUKAN || status == StatusPersetujuan.DISETUJUI, "persetujuan.tidakDapatDikembalikan");
        String bersih = alasanUmum == null || alasanUmum.isBlank() ? null : alasanUmum.strip();
        if (bersih == null && !adaAlasanPerBaris) {
            throw new AturanDilanggarException(Pesan.get("persetujuan.alasanWajib"));
        }
        status = StatusPersetujuan.DIKEMBALIKAN;
        alasan = bersih;
        putus(oleh, waktu);
    }

    /**
     * Opens an approved piece of work for a new round (a revision after the forum, a rencana aksi after a Renja
     * Perubahan): the unit fills it again and submits it anew.
     */
    public void bukaKembali() {
        wajib(status == StatusPersetujuan.DISETUJUI, "persetujuan.tidakDapatDibukaKembali");
        status = StatusPersetujuan.DIISI;
    }

    /**
     * Carries an approval over from the same piece of work in the document this one revises (a section or a rencana
     * aksi the Renja Perubahan does not change): approved, with who submitted and approved it, and when, as recorded
     * there. Only a fresh piece of work takes it, and only an approval is carried.
     */
    public void bawaDari(Persetujuan asal) {
        wajib(status == StatusPersetujuan.DIISI && diajukanPada == null, "persetujuan.tidakDapatDibawa");
        if (!asal.disetujui()) {
            throw new AturanDilanggarException(Pesan.get("persetujuan.tidakDapatDibawa",
                    Pesan.get("persetujuan.status." + asal.status.name())));
        }
        status = StatusPersetujuan.DISETUJUI;
        alasan = null;
        diajukanOleh = asal.diajukanOleh;
        diajukanPada = asal.diajukanPada;
        diputusOleh = asal.diputusOleh;
        diputusPada = asal.diputusPada;
    }

    private void putus(String oleh, Instant waktu) {
        diputusOleh = Objects.requireNonNull(oleh);
        diputusPada = Objects.requireNonNull(waktu);
    }

    private void wajib(boolean boleh, String kunci) {
        if (!boleh) {
            throw new AturanDilanggarException(Pesan.get(kunci, Pesan.get("persetujuan.status." + status.name())));
        }
    }
}
