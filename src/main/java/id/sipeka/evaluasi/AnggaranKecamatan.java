package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One budget line of a kecamatan's year (table anggaran_kecamatan), whole rupiah. */
@Entity
@Table(name = "anggaran_kecamatan")
class AnggaranKecamatan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    int tahun;
    @Enumerated(EnumType.STRING)
    JenisAnggaran jenis;
    long anggaran;
    /** Empty until the realisasi is known. */
    Long realisasi;
    @Version
    long version;

    protected AnggaranKecamatan() {
    }

    AnggaranKecamatan(Long kecamatanId, int tahun, JenisAnggaran jenis) {
        this.kecamatanId = kecamatanId;
        this.tahun = tahun;
        this.jenis = jenis;
    }
}
