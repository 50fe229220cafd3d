package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "renja_usulan")
class RenjaUsulan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Enumerated(EnumType.STRING)
    SumberUsulan sumber;
    String desa;
    /** The sub kegiatan the usulan concerns. */
    String kode;
    String uraian;
    String besaran;
    @Enumerated(EnumType.STRING)
    KeputusanUsulan keputusan;
    String alasan;
    @Version
    long version;

    protected RenjaUsulan() {
    }
}
