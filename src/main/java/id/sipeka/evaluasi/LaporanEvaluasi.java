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

/** One unit's laporan evaluasi triwulan and where it stands in verification and sign-off. */
@Entity
@Table(name = "laporan_evaluasi")
class LaporanEvaluasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "evaluasi_id")
    Long evaluasiId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    @Enumerated(EnumType.STRING)
    StatusLaporan status;
    String alasan;
    @Column(name = "diajukan_pada")
    Instant diajukanPada;
    @Column(name = "diajukan_oleh")
    String diajukanOleh;
    @Column(name = "pengaju_nama")
    String pengajuNama;
    @Column(name = "pengaju_jabatan")
    String pengajuJabatan;
    @Column(name = "diverifikasi_pada")
    Instant diverifikasiPada;
    @Column(name = "verifikator_nama")
    String verifikatorNama;
    @Column(name = "verifikator_jabatan")
    String verifikatorJabatan;
    @Column(name = "ditandatangani_pada")
    Instant ditandatanganiPada;
    @Column(name = "penandatangan_nama")
    String penandatanganNama;
    @Column(name = "penandatangan_jabatan")
    String penandatanganJabatan;
    String tempat;
    LocalDate tanggal;
    @Column(name = "arsip_kode")
    String arsipKode;
    @Version
    long version;

    protected LaporanEvaluasi() {
    }

}
