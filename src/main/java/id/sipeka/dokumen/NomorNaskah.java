package id.sipeka.dokumen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One number of a kecamatan's register (the agenda of naskah dinas). Immutable: a given number stays given. */
@Entity
@Immutable
@Table(name = "nomor_naskah")
class NomorNaskah {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "kecamatan_id", nullable = false)
    private long kecamatanId;
    private int tahun;
    private int urut;
    @Column(nullable = false)
    private String nomor;
    @Column(nullable = false)
    private String klasifikasi;
    @Column(nullable = false)
    private String hal;
    @Column(nullable = false)
    private String jenis;
    @Column(name = "arsip_kode", nullable = false)
    private String arsipKode;
    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected NomorNaskah() {
    }

    NomorNaskah(long kecamatanId, RegisterNomor.Nomor n, String hal, String jenis, String arsipKode, Instant dibuatPada) {
        this.kecamatanId = kecamatanId;
        this.tahun = n.tahun();
        this.urut = n.urut();
        this.nomor = n.nomor();
        this.klasifikasi = n.klasifikasi();
        this.hal = hal;
        this.jenis = jenis;
        this.arsipKode = arsipKode;
        this.dibuatPada = dibuatPada;
    }
}
