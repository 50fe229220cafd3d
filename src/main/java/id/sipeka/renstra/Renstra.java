package id.sipeka.renstra;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

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
    @Version
    long version;

    protected Renstra() {
    }

    Renstra(Long kecamatanId, int tahunAwal, int tahunAkhir) {
        this.kecamatanId = kecamatanId;
        this.tahunAwal = tahunAwal;
        this.tahunAkhir = tahunAkhir;
    }
}
