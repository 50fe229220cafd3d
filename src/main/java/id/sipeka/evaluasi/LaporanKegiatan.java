package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An activity carried out for a sub kegiatan: date, desa, what was done. */
@Entity
@Table(name = "laporan_kegiatan")
class LaporanKegiatan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "laporan_baris_id")
    Long laporanBarisId;
    LocalDate tanggal;
    String desa;
    String uraian;

    protected LaporanKegiatan() {
    }

}
