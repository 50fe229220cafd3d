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
import java.time.LocalDate;

/**
 * The LKjIP of a kecamatan's year as a piece of work: drafted by the sekcam, submitted, returned by the camat with a
 * reason or signed. It holds no figure (they are computed from the signed evaluations each time); after the
 * signature the archived PDF is the original.
 */
@Entity
@Table(name = "lkjip")
class Lkjip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    int tahun;
    @Embedded
    private Persetujuan persetujuan = new Persetujuan();
    String tempat;
    LocalDate tanggal;
    @Column(name = "arsip_kode")
    String arsipKode;
    @Version
    long version;

    protected Lkjip() {
    }

    static Lkjip baru(long kecamatanId, int tahun) {
        Lkjip l = new Lkjip();
        l.kecamatanId = kecamatanId;
        l.tahun = tahun;
        return l;
    }

    StatusPersetujuan status() {
        return persetujuan.status();
    }

    String alasan() {
        return persetujuan.alasan();
    }

    /** The sekcam may change the narratives: while drafting, or after the camat returned it. */
    boolean dapatDiubah() {
        return persetujuan.dapatDiubah();
    }

    boolean diajukan() {
        return persetujuan.status() == StatusPersetujuan.DIAJUKAN;
    }

    boolean ditandatangani() {
        return persetujuan.disetujui();
    }

    void ajukan(String oleh, Instant waktu) {
        persetujuan.ajukan(oleh, waktu);
    }

    void kembalikan(String alasan, String oleh, Instant waktu) {
        if (!diajukan()) {
            throw new AturanDilanggarException(Pesan.get("lkjip.belumDiajukan"));
        }
        persetujuan.kembalikan(alasan, false, oleh, waktu);
    }

    /** The camat signs what was submitted; the signed original's archive code is kept with it. */
    void tandaTangani(String tempat, LocalDate tanggal, String oleh, Instant waktu) {
        persetujuan.setujui(oleh, waktu);
        this.tempat = tempat;
        this.tanggal = tanggal;
    }

    void arsipkan(String kode) {
        this.arsipKode = kode;
    }
}
