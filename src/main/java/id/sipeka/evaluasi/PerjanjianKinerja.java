package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Who confirmed a unit head's perjanjian kinerja, and when; its content is the Renja's rows of the unit. */
@Entity
@Table(name = "perjanjian_kinerja")
class PerjanjianKinerja {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Column(name = "dikonfirmasi_pada")
    Instant dikonfirmasiPada;
    @Column(name = "dikonfirmasi_oleh")
    String dikonfirmasiOleh;
    String nama;
    String jabatan;
    @Version
    long version;

    protected PerjanjianKinerja() {
    }

    /** The unit head confirms (or signs, which confirms) the PK; name and jabatan are kept as confirmed. */
    static PerjanjianKinerja dikonfirmasi(long renjaId, long unitKerjaId, Instant pada, String oleh, String nama,
            String jabatan) {
        PerjanjianKinerja pk = new PerjanjianKinerja();
        pk.renjaId = renjaId;
        pk.unitKerjaId = unitKerjaId;
        pk.dikonfirmasiPada = pada;
        pk.dikonfirmasiOleh = oleh;
        pk.nama = nama;
        pk.jabatan = jabatan;
        return pk;
    }


}
