package id.sipeka.organisasi;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Kabupaten {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String kode;
    String nama;
    @Version
    long version;

    protected Kabupaten() {
    }

    Kabupaten(String kode, String nama) {
        this.kode = kode;
        this.nama = nama;
    }
}
