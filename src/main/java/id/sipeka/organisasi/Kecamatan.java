package id.sipeka.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Kecamatan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kabupaten_id")
    Long kabupatenId;
    String kode;
    String nama;
    /** Where documents are signed, e.g. "Kalaena Kiri". */
    @Column(name = "ibu_kota")
    String ibuKota;
    @Version
    long version;

    protected Kecamatan() {
    }

    Kecamatan(Long kabupatenId, String kode, String nama, String ibuKota) {
        this.kabupatenId = kabupatenId;
        this.kode = kode;
        this.nama = nama;
        this.ibuKota = ibuKota;
    }
}
