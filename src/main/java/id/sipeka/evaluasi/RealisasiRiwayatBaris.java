package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One sub kegiatan's realisasi of a historical year: the indicator's value and the money spent in the year. */
@Entity
@Table(name = "realisasi_riwayat_baris")
class RealisasiRiwayatBaris {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "riwayat_id")
    Long riwayatId;
    String kode;
    BigDecimal realisasi;
    @Column(name = "realisasi_rp")
    Long realisasiRp;

    protected RealisasiRiwayatBaris() {
    }

    RealisasiRiwayatBaris(long riwayatId, String kode, BigDecimal realisasi, Long realisasiRp) {
        this.riwayatId = riwayatId;
        this.kode = kode;
        this.realisasi = realisasi;
        this.realisasiRp = realisasiRp;
    }
}
