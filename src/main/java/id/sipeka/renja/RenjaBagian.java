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
import java.time.Instant;

@Entity
@Table(name = "renja_bagian")
class RenjaBagian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Enumerated(EnumType.STRING)
    StatusBagian status;
    String alasan;
    @Column(name = "diajukan_pada")
    Instant diajukanPada;
    @Column(name = "disetujui_pada")
    Instant disetujuiPada;
    @Version
    long version;

    protected RenjaBagian() {
    }
}
