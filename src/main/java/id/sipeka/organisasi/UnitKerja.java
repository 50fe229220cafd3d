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

@Entity
@Table(name = "unit_kerja")
class UnitKerja {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    /** Short code used in import files, e.g. "SEKSI-PEM". */
    String kode;
    String nama;
    @Enumerated(EnumType.STRING)
    JenisUnit jenis;
    /** The head position, e.g. "Kepala Seksi Pemerintahan Umum". */
    @Column(name = "jabatan_kepala")
    String jabatanKepala;
    int urutan;
    @Version
    long version;

    protected UnitKerja() {
    }

    UnitKerja(Long kecamatanId, String kode, String nama, JenisUnit jenis, String jabatanKepala, int urutan) {
        this.kecamatanId = kecamatanId;
        this.kode = kode;
        this.nama = nama;
        this.jenis = jenis;
        this.jabatanKepala = jabatanKepala;
        this.urutan = urutan;
    }
}
