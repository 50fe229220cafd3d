package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

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
}
