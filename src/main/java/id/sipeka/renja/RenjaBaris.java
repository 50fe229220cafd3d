package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** One sub kegiatan of the Renja (a row of T-C.33): filled by its unit, reviewed by the sekcam. */
@Entity
@Table(name = "renja_baris")
class RenjaBaris {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_id")
    Long renjaId;
    @Column(name = "nomenklatur_id")
    Long nomenklaturId;
    String kode;
    /** The sub kegiatan's name as in the Renstra when the Renja was opened. */
    String nama;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String indikator;
    String satuan;
    BigDecimal target;
    String lokasi;
    Long pagu;
    @Column(name = "sumber_dana")
    String sumberDana;
    String catatan;
    @Column(name = "target_maju")
    BigDecimal targetMaju;
    @Column(name = "pagu_maju")
    Long paguMaju;
    @Column(name = "target_sebelum")
    BigDecimal targetSebelum;
    @Column(name = "pagu_sebelum")
    Long paguSebelum;
    @Column(name = "lokasi_sebelum")
    String lokasiSebelum;
    @Column(name = "indikator_sebelum")
    String indikatorSebelum;
    /** The sekcam's reason when the row was returned. */
    @Column(name = "catatan_telaah")
    String catatanTelaah;
    boolean dikembalikan;
    @Column(name = "rkpd_lokasi")
    String rkpdLokasi;
    @Column(name = "rkpd_indikator")
    String rkpdIndikator;
    @Column(name = "rkpd_target")
    BigDecimal rkpdTarget;
    @Column(name = "rkpd_pagu")
    Long rkpdPagu;
    @Column(name = "rkpd_catatan")
    String rkpdCatatan;
    @Version
    long version;

    protected RenjaBaris() {
    }
}
