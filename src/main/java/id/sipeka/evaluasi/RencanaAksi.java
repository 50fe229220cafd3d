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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One sub kegiatan row of a Renja split over TW I–IV: target and rupiah per quarter (further indicators' targets too). */
@Entity
@Table(name = "rencana_aksi")
class RencanaAksi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "renja_baris_id")
    Long renjaBarisId;
    String kode;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Column(name = "target_1")
    BigDecimal target1;
    @Column(name = "target_2")
    BigDecimal target2;
    @Column(name = "target_3")
    BigDecimal target3;
    @Column(name = "target_4")
    BigDecimal target4;
    @Column(name = "rp_1")
    Long rp1;
    @Column(name = "rp_2")
    Long rp2;
    @Column(name = "rp_3")
    Long rp3;
    @Column(name = "rp_4")
    Long rp4;
    @Version
    long version;

    /**
     * The quarterly targets of the sub kegiatan's second, third, … indicator by its urutan (2, 3, …): read for all
     * rows of a query at once when first touched. A change here moves {@link #version} on like any other.
     */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "rencana_aksi_indikator", joinColumns = @JoinColumn(name = "rencana_aksi_id"))
    @MapKeyColumn(name = "urutan")
    Map<Integer, TargetTriwulan> targetLain = new TreeMap<>();

    protected RencanaAksi() {
    }

    /** The quarter targets only, read as a value that Hibernate does not manage (see RencanaAksiRepository#target). */
    RencanaAksi(Long renjaId, String kode, Long unitKerjaId, BigDecimal target1, BigDecimal target2, BigDecimal target3,
            BigDecimal target4, Long rp1, Long rp2, Long rp3, Long rp4) {
        this.renjaId = renjaId;
        this.kode = kode;
        this.unitKerjaId = unitKerjaId;
        this.target1 = target1;
        this.target2 = target2;
        this.target3 = target3;
        this.target4 = target4;
        this.rp1 = rp1;
        this.rp2 = rp2;
        this.rp3 = rp3;
        this.rp4 = rp4;
    }

}
