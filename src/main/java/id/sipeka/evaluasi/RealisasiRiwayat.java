package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A year's realisasi entered as history (outside the quarterly workflow): who recorded it last, and when. */
@Entity
@Table(name = "realisasi_riwayat")
class RealisasiRiwayat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    int tahun;
    @Column(name = "dicatat_oleh")
    String dicatatOleh;
    @Column(name = "dicatat_pada")
    Instant dicatatPada;
    @Version
    long version;

    protected RealisasiRiwayat() {
    }

    RealisasiRiwayat(long kecamatanId, int tahun) {
        this.kecamatanId = kecamatanId;
        this.tahun = tahun;
    }

    void catat(String oleh, Instant waktu) {
        dicatatOleh = Objects.requireNonNull(oleh);
        dicatatPada = Objects.requireNonNull(waktu);
    }
}
