package id.sipeka.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Desa {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    String nama;
    @Enumerated(EnumType.STRING)
    JenisDesa jenis;
    @Version
    long version;

    protected Desa() {
    }

    Desa(Long kecamatanId, String nama, JenisDesa jenis) {
        this.kecamatanId = kecamatanId;
        this.nama = nama;
        this.jenis = jenis;
    }
}
