package id.sipeka.dokumen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One archived final document. Immutable: a signed document is never changed, only followed by a new version. */
@Entity
@Immutable
@Table(name = "dokumen_arsip")
class Arsip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String kode;
    @Column(name = "kecamatan_id", nullable = false)
    private long kecamatanId;
    @Column(nullable = false)
    private String jenis;
    @Column(nullable = false)
    private String judul;
    @Column(nullable = false)
    private String instansi;
    private int tahun;
    @Column(nullable = false)
    private String tahap;
    private int versi;
    @Column(nullable = false)
    private String sha256;
    private long ukuran;
    @Column(nullable = false)
    private String berkas;
    @Column(nullable = false)
    private String penandatangan;
    @Column(name = "jabatan_penandatangan", nullable = false)
    private String jabatanPenandatangan;
    @Column(name = "nip_penandatangan", nullable = false)
    private String nipPenandatangan;
    @Column(name = "sertifikat_sha256", nullable = false)
    private String sertifikatSha256;
    @Column(name = "ditandatangani_pada", nullable = false)
    private Instant ditandatanganiPada;
    @Column(name = "dibuat_oleh", nullable = false)
    private String dibuatOleh;
    /** The document has tables: an XLSX copy of them is built after the signing commits ({@link TabelDokumen}). */
    @Column(name = "tabel_xlsx", nullable = false)
    private boolean tabelXlsx;
    /** The nomor naskah printed in the signed PDF ({@link RegisterNomor}); null for documents signed before V72. */
    private String nomor;
    /** sendiri, pkcs12 or bsre; empty for documents signed before providers existed (all {@code sendiri}/keystore). */
    private String penyedia;
    /** The issuer of the signer's certificate as read from the signed file (RFC 2253). */
    @Column(name = "penerbit_sertifikat")
    private String penerbitSertifikat;
    /** The time in the RFC 3161 document time-stamp, when a TSA is configured. */
    @Column(name = "waktu_cap_tsa")
    private Instant waktuCapTsa;

    protected Arsip() {
    }

    Arsip(String kode, Metadata m, String judul, String sha256, long ukuran, String berkas, TandaTangan penanda,
            String sertifikatSha256, Instant ditandatanganiPada, String dibuatOleh, boolean tabelXlsx, String nomor,
            String penyedia, String penerbitSertifikat, Instant waktuCapTsa) {
        this.kode = kode;
        this.kecamatanId = m.kecamatanId();
        this.jenis = m.jenis();
        this.judul = judul;
        this.instansi = m.instansi();
        this.tahun = m.tahun();
        this.tahap = m.tahap();
        this.versi = m.versi();
        this.sha256 = sha256;
        this.ukuran = ukuran;
        this.berkas = berkas;
        this.penandatangan = penanda.nama();
        this.jabatanPenandatangan = penanda.jabatanTertulis().replaceAll(",$", "");
        this.nipPenandatangan = penanda.nip().nilai();
        this.sertifikatSha256 = sertifikatSha256;
        this.ditandatanganiPada = ditandatanganiPada;
        this.dibuatOleh = dibuatOleh;
        this.tabelXlsx = tabelXlsx;
        this.nomor = nomor;
        this.penyedia = penyedia;
        this.penerbitSertifikat = penerbitSertifikat == null || penerbitSertifikat.length() <= 500 ? penerbitSertifikat
                : penerbitSertifikat.substring(0, 500);
        this.waktuCapTsa = waktuCapTsa;
    }

    ArsipDokumen info() {
        return new ArsipDokumen(id, kode, kecamatanId, jenis, judul, instansi, tahun, tahap, versi, sha256, ukuran,
                penandatangan, jabatanPenandatangan, nipPenandatangan, ditandatanganiPada, dibuatOleh, nomor);
    }

    String getKode() {
        return kode;
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

    boolean isTabelXlsx() {
        return tabelXlsx;
    }

    String getPenyedia() {
        return penyedia;
    }

    String getPenerbitSertifikat() {
        return penerbitSertifikat;
    }

    Instant getWaktuCapTsa() {
        return waktuCapTsa;
    }
}
