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
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import java.util.Map;
import java.util.TreeMap;

/** A tujuan (T1) or sasaran (T1.S1) of the Renstra with its indicator and yearly targets. */
@Entity
@Table(name = "tujuan_sasaran")
class TujuanSasaran {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renstra_id")
    Long renstraId;
    @Column(name = "parent_id")
    Long parentId;
    @Enumerated(EnumType.STRING)
    Tingkat tingkat;
    String kode;
    String uraian;
    String indikator;
    String satuan;
    @Enumerated(EnumType.STRING)
    Polaritas polaritas;
    BigDecimal baseline;
    int urutan;
    @Version
    long version;

    // one query for the years of every row a query returned, not one per row (a Renstra has ~65 rows)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "tujuan_sasaran_tahun", joinColumns = @JoinColumn(name = "tujuan_sasaran_id"))
    @MapKeyColumn(name = "tahun")
    @Column(name = "target")
    Map<Integer, BigDecimal> target = new TreeMap<>();

    protected TujuanSasaran() {
    }

    TujuanSasaran(Long renstraId, String kode) {
        this.renstraId = renstraId;
        this.kode = kode;
    }
}
