package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One quarter's evaluation of a kecamatan; business key of the evaluasiTriwulan process. */
@Entity
@Table(name = "evaluasi_triwulan")
class EvaluasiTriwulan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "renja_id")
    Long renjaId;
    int tahun;
    int triwulan;
    @Enumerated(EnumType.STRING)
    StatusEvaluasi status;
    LocalDate batas;
    @Column(name = "dimulai_pada")
    Instant dimulaiPada;
    @Column(name = "dimulai_oleh")
    String dimulaiOleh;
    @Column(name = "rekap_tempat")
    String rekapTempat;
    @Column(name = "rekap_tanggal")
    LocalDate rekapTanggal;
    @Column(name = "rekap_oleh")
    String rekapOleh;
    @Column(name = "rekap_nama")
    String rekapNama;
    @Column(name = "rekap_jabatan")
    String rekapJabatan;
    /** The signed recap PDF in the archive, once the camat has signed the recap. */
    @Column(name = "rekap_arsip_kode")
    String rekapArsipKode;
    /** TW IV only: the signed PDF of the year's evaluation, archived with the recap. */
    @Column(name = "tahunan_arsip_kode")
    String tahunanArsipKode;
    @Version
    long version;

    protected EvaluasiTriwulan() {
    }

}
