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
    /** The kabupaten plans a 4th level, Aktivitas, under each sub kegiatan (issue 13). */
    @jakarta.persistence.Column(name = "pakai_aktivitas")
    boolean pakaiAktivitas;
    @Version
    long version;

    protected Kabupaten() {
    }

    Kabupaten(String kode, String nama) {
        this.kode = kode;
        this.nama = nama;
    }
}
