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
 * An Aktivitas: the optional 4th level under a sub kegiatan (issue 13), for a kabupaten that plans them. Its own
 * table rather than a {@link Nomenklatur} row, so that everything that walks program → kegiatan → sub kegiatan stays
 * as it is; the sub kegiatan's stored pagu is the sum of its Aktivitas (the import computes it).
 */
@Entity
@Table(name = "renstra_aktivitas")
class AktivitasRenstra {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "nomenklatur_id")
    Long nomenklaturId;
    String kode;
    String nama;
    BigDecimal volume;
    String satuan;
    @Enumerated(EnumType.STRING)
    Prioritas prioritas;
    String lokasi;
    int urutan;
    @Version
    long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "renstra_aktivitas_tahun", joinColumns = @JoinColumn(name = "aktivitas_id"))
    @MapKeyColumn(name = "tahun")
    @Column(name = "pagu")
    Map<Integer, Long> pagu = new TreeMap<>();

    protected AktivitasRenstra() {
    }

    AktivitasRenstra(Long nomenklaturId, String kode) {
        this.nomenklaturId = nomenklaturId;
        this.kode = kode;
    }
}
