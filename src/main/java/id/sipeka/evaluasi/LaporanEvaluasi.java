package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Persetujuan;
import id.sipeka.base.Pesan;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One unit's laporan evaluasi triwulan and where it stands: the unit submits it, the sekcam verifies (approves) or
 * returns it, the camat signs it or returns the verified report. Every change of state goes through a method here
 * that refuses what the current state does not allow; once signed nothing changes.
 */
@Entity
@Table(name = "laporan_evaluasi")
class LaporanEvaluasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "evaluasi_id")
    Long evaluasiId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    /** Submitted by the unit; approved = verified by the sekcam; returned by the sekcam or, once verified, the camat. */
    @Embedded
    private Persetujuan persetujuan = new Persetujuan();
    @Column(name = "pengaju_nama")
    String pengajuNama;
    @Column(name = "pengaju_jabatan")
    String pengajuJabatan;
    @Column(name = "verifikator_nama")
    String verifikatorNama;
    @Column(name = "verifikator_jabatan")
    String verifikatorJabatan;
    @Column(name = "ditandatangani_pada")
    Instant ditandatanganiPada;
    @Column(name = "penandatangan_nama")
    String penandatanganNama;
    @Column(name = "penandatangan_jabatan")
    String penandatanganJabatan;
    String tempat;
    LocalDate tanggal;
    @Column(name = "arsip_kode")
    String arsipKode;
    @Version
    long version;

    protected LaporanEvaluasi() {
    }

    /** Where a report stands, read as a value Hibernate does not manage (see LaporanEvaluasiRepository#keadaan). */
    LaporanEvaluasi(Long id, Long evaluasiId, Long unitKerjaId, Persetujuan persetujuan, Instant ditandatanganiPada) {
        this.id = id;
        this.evaluasiId = evaluasiId;
        this.unitKerjaId = unitKerjaId;
        this.persetujuan = persetujuan;
        this.ditandatanganiPada = ditandatanganiPada;
    }

    /** An empty report of a unit, to be filled. */
    static LaporanEvaluasi baru(long evaluasiId, long unitKerjaId) {
        LaporanEvaluasi l = new LaporanEvaluasi();
        l.evaluasiId = evaluasiId;
        l.unitKerjaId = unitKerjaId;
        return l;
    }

    /** Where it stands, as the screens show it. */
    StatusLaporan status() {
        if (ditandatangani()) {
            return StatusLaporan.DITANDATANGANI;
        }
        return switch (persetujuan.status()) {
            case DIISI -> StatusLaporan.DIISI;
            case DIAJUKAN -> StatusLaporan.DIAJUKAN;
            case DIKEMBALIKAN -> StatusLaporan.DIKEMBALIKAN;
            case DISETUJUI -> StatusLaporan.DIVERIFIKASI;
        };
    }

    /** The reason of the latest return; null once verified. */
    String alasan() {
        return persetujuan.alasan();
    }

    Instant diajukanPada() {
        return persetujuan.diajukanPada();
    }

    boolean ditandatangani() {
        return ditandatanganiPada != null;
    }

    /** Being filled by the unit: new, or returned. */
    boolean dapatDiisi() {
        return !ditandatangani() && persetujuan.dapatDiubah();
    }

    /** The unit head submits it, as the named official. */
    void ajukan(String oleh, String nama, String jabatan, Instant waktu) {
        wajibBelumDitandatangani();
        persetujuan.ajukan(oleh, waktu);
        pengajuNama = nama;
        pengajuJabatan = jabatan;
    }

    /** The sekcam verifies what was submitted; an earlier return's reason is done with. */
    void verifikasi(String oleh, String nama, String jabatan, Instant waktu) {
        wajibBelumDitandatangani();
        persetujuan.setujui(oleh, waktu);
        verifikatorNama = nama;
        verifikatorJabatan = jabatan;
    }

    /**
     * Back to the unit with a reason: by the sekcam what was submitted (the reason may be given per row only), by the
     * camat what was verified.
     */
    void kembalikan(String alasan, boolean adaAlasanPerBaris, String oleh, Instant waktu) {
        wajibBelumDitandatangani();
        persetujuan.kembalikan(alasan, adaAlasanPerBaris, oleh, waktu);
    }

    /** The camat (or an acting Plt./Plh. camat) signs the verified report; from now on nothing in it changes. */
    void tandaTangani(String nama, String jabatan, String tempat, LocalDate tanggal, Instant waktu) {
        wajibBelumDitandatangani();
        if (!persetujuan.disetujui()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.belumDiverifikasi"));
        }
        ditandatanganiPada = Objects.requireNonNull(waktu);
        penandatanganNama = nama;
        penandatanganJabatan = jabatan;
        this.tempat = Objects.requireNonNull(tempat);
        this.tanggal = Objects.requireNonNull(tanggal);
    }

    /** The signed original in the archive. */
    void arsipkan(String kode) {
        if (!ditandatangani()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.belumDitandatangani"));
        }
        arsipKode = Objects.requireNonNull(kode);
    }

    private void wajibBelumDitandatangani() {
        if (ditandatangani()) {
            throw new AturanDilanggarException(Pesan.get("evaluasi.sudahDitandatangani"));
        }
    }
}
