package id.sipeka.organisasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Pegawai {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String nama;
    /** 18 digits, validated by {@link id.sipeka.base.Nip}; empty for non-PNS staff. */
    String nip;
    /** 16 digits (NIK of the KTP): how BSrE's signing service knows the signer; empty when not signing through BSrE. */
    String nik;
    @Enumerated(EnumType.STRING)
    @Column(name = "pangkat_golongan")
    PangkatGolongan pangkatGolongan;
    String jabatan;
    @Version
    long version;

    protected Pegawai() {
    }
}
