package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** "Evaluasi tahun N": stored when the camat signs the TW IV recap. */
@Entity
@Table(name = "evaluasi_tahunan")
class EvaluasiTahunan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    int tahun;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "dibuat_pada")
    Instant dibuatPada;

    protected EvaluasiTahunan() {
    }

}
