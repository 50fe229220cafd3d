package id.sipeka.renstra;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
class Renstra {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "tahun_awal")
    int tahunAwal;
    @Column(name = "tahun_akhir")
    int tahunAkhir;
    /** 0 for the original Renstra of the period, 1 for its first Renstra Perubahan, … */
    @Column(name = "perubahan_ke")
    int perubahanKe;
    /** The version of the period in force: exactly one per period; older versions are kept read-only. */
    boolean berlaku = true;
    /** Why the perubahan was made (its legal basis / reason), typed at confirm; {@code null} for the original. */
    String dasar;
    @Column(name = "dibuat_pada")
    Instant dibuatPada;
    @Column(name = "dibuat_oleh")
    String dibuatOleh;
    @Version
    long version;

    protected Renstra() {
    }

    Renstra(Long kecamatanId, int tahunAwal, int tahunAkhir) {
        this.kecamatanId = kecamatanId;
        this.tahunAwal = tahunAwal;
        this.tahunAkhir = tahunAkhir;
    }

    /** The next version of the same period, in force from now on (the caller retires this one). */
    Renstra perubahan(int tahunAkhirBaru, String dasar, Instant pada, String oleh) {
        Renstra baru = new Renstra(kecamatanId, tahunAwal, tahunAkhirBaru);
        baru.perubahanKe = perubahanKe + 1;
        baru.dasar = dasar;
        baru.dibuatPada = pada;
        baru.dibuatOleh = oleh;
        return baru;
    }
}
