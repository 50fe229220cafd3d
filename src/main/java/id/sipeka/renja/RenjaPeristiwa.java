package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One step of the Renja's timeline: who did what, when, and why. */
@Entity
@Immutable
@Table(name = "renja_peristiwa")
class RenjaPeristiwa {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    Instant waktu;
    String username;
    String jabatan;
    String aksi;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String keterangan;

    protected RenjaPeristiwa() {
    }
}
