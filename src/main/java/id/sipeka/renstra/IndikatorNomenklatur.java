package id.sipeka.renstra;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The second, third, … indicator of a Renstra row (the first is the row's own): a kegiatan measured by three outputs
 * with three different targets keeps all three instead of squeezing them into one.
 */
@Entity
@Table(name = "nomenklatur_indikator")
class IndikatorNomenklatur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** 2 for the row's second indicator, and so on. */
    int urutan;
    String indikator;
    String satuan;
    @Enumerated(EnumType.STRING)
    Polaritas polaritas;
    @Enumerated(EnumType.STRING)
    JenisIndikator jenis;
    BigDecimal baseline;
    @Version
    long version;

    // a year without a target is not stored
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "nomenklatur_indikator_tahun", joinColumns = @JoinColumn(name = "indikator_id"))
    @MapKeyColumn(name = "tahun")
    @Column(name = "target")
    Map<Integer, BigDecimal> target = new TreeMap<>();

    protected IndikatorNomenklatur() {
    }

    IndikatorNomenklatur(int urutan, ValidasiIndikatorLain.Item i) {
        this.urutan = urutan;
        this.indikator = i.indikator();
        this.satuan = i.satuan();
        this.polaritas = i.polaritas();
        this.jenis = i.jenis();
        this.baseline = i.baseline();
        i.target().forEach((tahun, nilai) -> {
            if (nilai != null) {
                target.put(tahun, nilai);
            }
        });
    }

    /** Everything an import can change, for comparing and fingerprinting. */
    String ringkas() {
        return item().ringkas();
    }

    /** This indicator as an import file gives it, to compare with one. */
    ValidasiIndikatorLain.Item item() {
        return new ValidasiIndikatorLain.Item(indikator, satuan, polaritas, jenis, baseline, target);
    }
}
