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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.TreeMap;

/** A program, kegiatan or sub kegiatan row of a Renstra with its indicators and yearly values. */
@Entity
class Nomenklatur {

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
    String nama;
    /** Outcome (program) or output (kegiatan, sub kegiatan) statement. */
    String hasil;
    String indikator;
    String satuan;
    @Enumerated(EnumType.STRING)
    Polaritas polaritas;
    @Enumerated(EnumType.STRING)
    JenisIndikator jenis;
    BigDecimal baseline;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    /** A sub kegiatan's planned sources, as listed codes ("DAU, PAD"): the default of its Renja rows. */
    @Column(name = "sumber_dana")
    String sumberDana;
    /** Where a sub kegiatan takes place ("Kecamatan X", "Desa Y, Desa Z"): its Renja row's default lokasi. */
    String lokasi;
    int urutan;
    @Version
    long version;

    // one query for the years of every row a query returned, not one per row (a Renstra has ~65 rows)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "nomenklatur_tahun", joinColumns = @JoinColumn(name = "nomenklatur_id"))
    @MapKeyColumn(name = "tahun")
    Map<Integer, NilaiTahun> nilai = new TreeMap<>();

    /** The second, third, … indicator; read for every row a query returned in one go. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "nomenklatur_id", nullable = false)
    @Fetch(FetchMode.SUBSELECT)
    @OrderBy("urutan")
    List<IndikatorNomenklatur> indikatorLain = new ArrayList<>();

    protected Nomenklatur() {
    }

    Nomenklatur(Long renstraId, String kode) {
        this.renstraId = renstraId;
        this.kode = kode;
    }
}
