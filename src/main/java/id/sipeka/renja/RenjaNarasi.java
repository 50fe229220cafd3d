package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A narrative part of BAB I–V (plain text; documents print it escaped). */
@Entity
@Table(name = "renja_narasi")
class RenjaNarasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    /** "1.1", "2.3", … */
    String kode;
    String judul;
    /** null: written by the secretariat. */
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String isi;
    @Version
    long version;

    protected RenjaNarasi() {
    }

    static RenjaNarasi baru(long renjaId, String kode, String judul, Long unitKerjaId, String isi) {
        RenjaNarasi n = new RenjaNarasi();
        n.renjaId = renjaId;
        n.kode = kode;
        n.judul = judul;
        n.unitKerjaId = unitKerjaId;
        n.isi = isi;
        return n;
    }

    /** An empty part of the default outline. */
    static RenjaNarasi baru(long renjaId, NarasiBawaan.Bagian bagian) {
        return baru(renjaId, bagian.kode(), bagian.judul(), bagian.unitKerjaId(), null);
    }
}
