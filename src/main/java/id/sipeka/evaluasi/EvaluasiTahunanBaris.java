package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One sub kegiatan's result for the year: target and realisasi as the recap computed them. */
@Entity
@Table(name = "evaluasi_tahunan_baris")
class EvaluasiTahunanBaris {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "evaluasi_tahunan_id")
    Long evaluasiTahunanId;
    String kode;
    String nama;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String indikator;
    String satuan;
    @Enumerated(EnumType.STRING)
    id.sipeka.renstra.Polaritas polaritas;
    @Enumerated(EnumType.STRING)
    id.sipeka.renstra.JenisIndikator jenis;
    BigDecimal target;
    BigDecimal realisasi;
    Long anggaran;
    @Column(name = "realisasi_rp")
    Long realisasiRp;

    protected EvaluasiTahunanBaris() {
    }

}
