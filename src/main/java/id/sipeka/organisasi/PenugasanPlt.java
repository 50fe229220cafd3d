package id.sipeka.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** Plt. (pelaksana tugas) or Plh. (pelaksana harian) of the camat, the sekcam or a unit head. */
@Entity
@Table(name = "penugasan_plt")
class PenugasanPlt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "pegawai_id")
    Long pegawaiId;
    /** "Plt." or "Plh.". */
    String jenis;
    @Enumerated(EnumType.STRING)
    PosisiPlt posisi;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    LocalDate mulai;
    LocalDate selesai;
    @Column(name = "nomor_sk")
    String nomorSk;
    @Version
    long version;

    protected PenugasanPlt() {
    }
}
