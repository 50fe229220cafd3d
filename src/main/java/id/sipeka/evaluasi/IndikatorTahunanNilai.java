package id.sipeka.evaluasi;

import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * A further indicator's year as "evaluasi tahun N" stored it (a row of evaluasi_tahunan_indikator): what it was
 * measured against then, so later Renja print what was evaluated even if the Renstra changes.
 */
@Embeddable
record IndikatorTahunanNilai(String indikator, String satuan, @Enumerated(EnumType.STRING) Polaritas polaritas,
        @Enumerated(EnumType.STRING) JenisIndikator jenis, BigDecimal target, BigDecimal realisasi) {
}
