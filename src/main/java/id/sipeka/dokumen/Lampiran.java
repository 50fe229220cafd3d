package id.sipeka.dokumen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A file in the archive that is not itself a signed document: the XLSX tables of a signed document, or evidence a
 * user uploaded. Immutable like {@link Arsip}.
 */
@Entity
@Immutable
@Table(name = "dokumen_lampiran")
class Lampiran {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String kode;
    @Column(name = "kecamatan_id", nullable = false)
    private long kecamatanId;
    @Column(name = "arsip_kode")
    private String arsipKode;
    @Column(nullable = false)
    private String jenis;
    @Column(nullable = false)
    private String judul;
    private int tahun;
    @Column(name = "nama_berkas", nullable = false)
    private String namaBerkas;
    @Column(name = "tipe_media", nullable = false)
    private String tipeMedia;
    @Column(nullable = false)
    private String sha256;
    private long ukuran;
    @Column(nullable = false)
    private String berkas;
    @Column(name = "disimpan_oleh", nullable = false)
    private String disimpanOleh;
    @Column(name = "disimpan_pada", nullable = false)
    private Instant disimpanPada;

    protected Lampiran() {
    }

    Lampiran(String kode, long kecamatanId, String arsipKode, String jenis, String judul, int tahun, String namaBerkas,
            String tipeMedia, String sha256, long ukuran, String berkas, String disimpanOleh, Instant disimpanPada) {
        this.kode = kode;
        this.kecamatanId = kecamatanId;
        this.arsipKode = arsipKode;
        this.jenis = jenis;
        this.judul = judul;
        this.tahun = tahun;
        this.namaBerkas = namaBerkas;
        this.tipeMedia = tipeMedia;
        this.sha256 = sha256;
        this.ukuran = ukuran;
        this.berkas = berkas;
        this.disimpanOleh = disimpanOleh;
        this.disimpanPada = disimpanPada;
    }

    LampiranDokumen info() {
        return new LampiranDokumen(id, kode, kecamatanId, arsipKode, jenis, judul, tahun, namaBerkas, tipeMedia, sha256,
                ukuran, disimpanOleh, disimpanPada);
    }

    long getKecamatanId() {
        return kecamatanId;
    }

    String getSha256() {
        return sha256;
    }

    String getBerkas() {
        return berkas;
    }
}
