package id.sipeka.evaluasi;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.sipeka.evaluasi.EvaluasiData.BarisEvaluasiTahunan;
import id.sipeka.evaluasi.EvaluasiData.IndikatorTahunan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

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
    /** The sub kegiatan's second, third, … indicator by its urutan: target and realisasi of the year. */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "evaluasi_tahunan_indikator", joinColumns = @JoinColumn(name = "evaluasi_tahunan_baris_id"))
    @MapKeyColumn(name = "urutan")
    Map<Integer, IndikatorTahunanNilai> indikatorLain = new TreeMap<>();

    protected EvaluasiTahunanBaris() {
    }

    /** The row as "evaluasi tahun N" shows it, every capaian computed by {@link Capaian}. */
    BarisEvaluasiTahunan data() {
        BigDecimal capaian = Capaian.kinerja(target, realisasi, polaritas);
        List<IndikatorTahunan> lain = indikatorTahunan();
        List<BigDecimal> perIndikator = new ArrayList<>();
        perIndikator.add(capaian);
        lain.forEach(i -> perIndikator.add(i.capaian()));
        return new BarisEvaluasiTahunan(kode, nama, unitKerjaId, indikator, satuan, polaritas, jenis, target, realisasi,
                capaian, anggaran, realisasiRp, Capaian.keuangan(anggaran, realisasiRp), lain, Capaian.baris(perIndikator));
    }

    /** Each further indicator's year with its capaian (its tingkat realisasi), by urutan. */
    List<IndikatorTahunan> indikatorTahunan() {
        return indikatorLain.entrySet().stream().map(e -> {
            IndikatorTahunanNilai v = e.getValue();
            return new IndikatorTahunan(e.getKey(), v.indikator(), v.satuan(), v.polaritas(), v.jenis(), v.target(),
                    v.realisasi(), Capaian.kinerja(v.target(), v.realisasi(), v.polaritas()));
        }).toList();
    }
}
