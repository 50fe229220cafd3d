package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A frozen copy of all rows at one stage. Never changed once written. */
@Entity
@Immutable
@Table(name = "renja_versi")
class RenjaVersi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Enumerated(EnumType.STRING)
    Tahap tahap;
    int nomor;
    @Column(name = "dibuat_pada")
    Instant dibuatPada;
    @Column(name = "dibuat_oleh")
    String dibuatOleh;
    /** JSON list of {@link RenjaData.BarisRenja}. */
    String isi;

    protected RenjaVersi() {
    }
}
