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

/** What a unit reports for one sub kegiatan in the quarter. */
@Entity
@Table(name = "laporan_baris")
class LaporanBaris {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "laporan_id")
    Long laporanId;
    String kode;
    @Column(name = "realisasi_kinerja")
    BigDecimal realisasiKinerja;
    @Column(name = "realisasi_rp")
    Long realisasiRp;
    String kendala;
    @Column(name = "tindak_lanjut")
    String tindakLanjut;
    @Column(name = "catatan_keuangan")
    String catatanKeuangan;
    @Column(name = "alasan_kembali")
    String alasanKembali;
    @Version
    long version;

    /** Realisasi of the sub kegiatan's second, third, … indicator by its urutan (2, 3, …); read when first touched. */
    @ElementCollection
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "laporan_baris_indikator", joinColumns = @JoinColumn(name = "laporan_baris_id"))
    @MapKeyColumn(name = "urutan")
    @Column(name = "realisasi")
    Map<Integer, BigDecimal> realisasiLain = new TreeMap<>();

    protected LaporanBaris() {
    }

    /** A row's figures only, read as a value that Hibernate does not manage (see LaporanBarisRepository#angka). */
    LaporanBaris(Long id, Long laporanId, String kode, BigDecimal realisasiKinerja, Long realisasiRp) {
        this.id = id;
        this.laporanId = laporanId;
        this.kode = kode;
        this.realisasiKinerja = realisasiKinerja;
        this.realisasiRp = realisasiRp;
    }

}
