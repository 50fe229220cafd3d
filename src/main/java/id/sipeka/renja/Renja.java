package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.time.LocalDate;

/**
 * A kecamatan's Renja for one year. Its stage ({@link Tahap}) changes only through the methods below, each of which
 * refuses a step the current stage does not allow.
 */
@Entity
class Renja {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Column(name = "renstra_id")
    Long renstraId;
    int tahun;
    @Enumerated(EnumType.STRING)
    JenisRenja jenis;
    /** For a perubahan: the ditetapkan Renja it revises (which itself stays untouched). */
    @Column(name = "induk_id")
    Long indukId;
    @Enumerated(EnumType.STRING)
    Tahap tahap;
    @Column(name = "batas_isi")
    LocalDate batasIsi;
    @Column(name = "batas_telaah")
    LocalDate batasTelaah;
    @Column(name = "batas_forum")
    LocalDate batasForum;
    @Column(name = "batas_penetapan")
    LocalDate batasPenetapan;
    @Column(name = "forum_tanggal")
    LocalDate forumTanggal;
    @Column(name = "forum_tempat")
    String forumTempat;
    @Column(name = "forum_peserta")
    String forumPeserta;
    @Column(name = "berita_acara_nama")
    String beritaAcaraNama;
    @Column(name = "berita_acara_hash")
    String beritaAcaraHash;
    @Column(name = "penetapan_tempat")
    String penetapanTempat;
    @Column(name = "penetapan_tanggal")
    LocalDate penetapanTanggal;
    @Column(name = "penetapan_oleh")
    String penetapanOleh;
    @Column(name = "penetapan_nama")
    String penetapanNama;
    @Column(name = "penetapan_jabatan")
    String penetapanJabatan;
    @Column(name = "penetapan_nip")
    String penetapanNip;
    @Column(name = "penetapan_pangkat")
    String penetapanPangkat;
    /** The signed penetapan PDF in the document archive: set in the same transaction as DITETAPKAN. */
    @Column(name = "penetapan_arsip_kode")
    String penetapanArsipKode;
    /** The berita acara signed by the sekcam when the forum was closed. */
    @Column(name = "berita_acara_arsip_kode")
    String beritaAcaraArsipKode;
    /** The uploaded scan of the hand-signed berita acara, kept in the archive. */
    @Column(name = "berita_acara_bukti_kode")
    String beritaAcaraBuktiKode;
    @Version
    long version;

    protected Renja() {
    }

    /** A new Renja (or perubahan of {@code indukId}) whose units fill their sections first. */
    static Renja baru(long kecamatanId, long renstraId, int tahun, JenisRenja jenis, Long indukId, Batas batas) {
        Renja renja = new Renja();
        renja.kecamatanId = kecamatanId;
        renja.renstraId = renstraId;
        renja.tahun = tahun;
        renja.jenis = jenis;
        renja.indukId = indukId;
        renja.tahap = Tahap.PENYUSUNAN;
        renja.batasIsi = batas.isi();
        renja.batasTelaah = batas.telaah();
        renja.batasForum = batas.forum();
        renja.batasPenetapan = batas.penetapan();
        return renja;
    }

    boolean ditetapkan() {
        return tahap == Tahap.DITETAPKAN;
    }

    /** Nothing of a ditetapkan Renja changes: only a Renja Perubahan does. */
    void wajibBelumDitetapkan() {
        if (ditetapkan()) {
            throw new AturanDilanggarException(Pesan.get("renja.sudahDitetapkan"));
        }
    }

    /** Every section approved: the rancangan is compiled and the forum is next. */
    void rancanganDisusun() {
        wajibTahap(Tahap.PENYUSUNAN);
        tahap = Tahap.FORUM;
    }

    /** The forum's date, place and participants, recorded while the forum is held. */
    void catatForum(LocalDate tanggal, String tempat, String peserta) {
        wajibTahap(Tahap.FORUM);
        forumTanggal = tanggal;
        forumTempat = tempat;
        forumPeserta = peserta;
    }

    /** The uploaded scan of the hand-signed berita acara (the latest upload counts). */
    void catatBeritaAcara(String nama, String sha256, String buktiKode) {
        wajibTahap(Tahap.FORUM);
        beritaAcaraNama = nama;
        beritaAcaraHash = sha256;
        beritaAcaraBuktiKode = buktiKode;
    }

    /** The berita acara states the forum's date and place: both are recorded before the forum closes. */
    void wajibForumTercatat() {
        if (forumTanggal == null || forumTempat == null) {
            throw new AturanDilanggarException(Pesan.get("renja.forumBelumLengkap"));
        }
    }

    /**
     * The forum is closed with its signed berita acara: the units it affects revise next, or — none affected — the
     * rancangan akhir. The forum's date and place must be recorded (the berita acara states them).
     */
    void forumSelesai(String beritaAcaraArsipKode, boolean adaRevisi) {
        wajibTahap(Tahap.FORUM);
        wajibForumTercatat();
        this.beritaAcaraArsipKode = beritaAcaraArsipKode;
        tahap = adaRevisi ? Tahap.REVISI : Tahap.RANCANGAN_AKHIR;
    }

    /** The last revision after the forum was approved: the rancangan akhir is next. */
    void revisiSelesai() {
        wajibTahap(Tahap.REVISI);
        tahap = Tahap.RANCANGAN_AKHIR;
    }

    /** The sekcam approved the rancangan akhir: the camat signs next. */
    void rancanganAkhirDisetujui() {
        wajibTahap(Tahap.RANCANGAN_AKHIR);
        tahap = Tahap.PENETAPAN;
    }

    /** The camat returned the rancangan akhir to the sekcam. */
    void kembalikanKeSekcam() {
        wajibTahap(Tahap.PENETAPAN);
        tahap = Tahap.RANCANGAN_AKHIR;
    }

    /** Penetapan: who signed, where and when, as the signature block prints it. The Renja is frozen from now on. */
    void tetapkan(String tempat, LocalDate tanggal, String oleh, String nama, String jabatan, String nip, String pangkat) {
        wajibTahap(Tahap.PENETAPAN);
        penetapanTempat = tempat;
        penetapanTanggal = tanggal;
        penetapanOleh = oleh;
        penetapanNama = nama;
        penetapanJabatan = jabatan;
        penetapanNip = nip;
        penetapanPangkat = pangkat;
        tahap = Tahap.DITETAPKAN;
    }

    /** The signed penetapan PDF in the archive, set in the penetapan's own transaction. */
    void arsipPenetapan(String kode) {
        if (!ditetapkan() || penetapanArsipKode != null) {
            throw new AturanDilanggarException(Pesan.get("renja.tahapTidakSesuai", Pesan.get("renjaView.tahap." + tahap.name())));
        }
        penetapanArsipKode = kode;
    }

    private void wajibTahap(Tahap boleh) {
        if (tahap != boleh) {
            throw new AturanDilanggarException(tahap == Tahap.DITETAPKAN ? Pesan.get("renja.sudahDitetapkan")
                    : Pesan.get("renja.tahapTidakSesuai", Pesan.get("renjaView.tahap." + tahap.name())));
        }
    }
}
