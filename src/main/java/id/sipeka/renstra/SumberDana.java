package id.sipeka.renstra;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A funding source rows may name (DAU, DAK, PAD, …): kept by the admin, switched off rather than deleted. */
@Entity
@Table(name = "sumber_dana")
class SumberDana {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** What a row names and a document prints, e.g. "DAU". */
    String kode;
    String nama;
    boolean aktif = true;
    int urutan;
    @Version
    long version;

    protected SumberDana() {
    }

    SumberDana(String kode) {
        this.kode = kode;
    }
}
