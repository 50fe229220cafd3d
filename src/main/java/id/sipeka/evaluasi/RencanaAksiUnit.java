package id.sipeka.evaluasi;

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

/** A unit's rencana aksi as a whole: drafted by the unit, approved or returned by the sekcam. */
@Entity
@Table(name = "rencana_aksi_unit")
class RencanaAksiUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Enumerated(EnumType.STRING)
    StatusRencanaAksi status;
    String alasan;
    @Column(name = "diajukan_pada")
    Instant diajukanPada;
    @Column(name = "disetujui_pada")
    Instant disetujuiPada;
    @Version
    long version;

    protected RencanaAksiUnit() {
    }

}
