package id.sipeka.dokumen;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Nip;
import id.sipeka.base.Pesan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document signed by two officials in order: the file as signed by the first, waiting for the second to
 * countersign it; then the time of the countersignature (the final file is in the archive under the same kode).
 */
@Entity
@Table(name = "dokumen_naskah_berurutan")
class NaskahBerurutan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kode;
    @Column(name = "kecamatan_id")
    private long kecamatanId;
    /** The content module's key of what was signed, e.g. "PK:12:7": one document per subjek and kecamatan. */
    private String subjek;
    private String jenis;
    private String judul;
    private String instansi;
    private int tahun;
    private String tahap;
    private int versi;
    private String nomor;
    @Column(name = "nomor_tahun")
    private int nomorTahun;
    @Column(name = "nomor_urut")
    private int nomorUrut;
    @Column(name = "nomor_klasifikasi")
    private String nomorKlasifikasi;
    private String berkas;
    private String sha256;
    private String tempat;
    @Column(name = "nama_pertama")
    private String namaPertama;
    @Column(name = "jabatan_pertama")
    private String jabatanPertama;
    @Column(name = "nip_pertama")
    private String nipPertama;
    @Column(name = "pertama_pada")
    private Instant pertamaPada;
    @Column(name = "pertama_oleh")
    private String pertamaOleh;
    @Column(name = "pelaksana_kedua")
    private String pelaksanaKedua;
    @Column(name = "nama_kedua")
    private String namaKedua;
    @Column(name = "jabatan_kedua")
    private String jabatanKedua;
    @Column(name = "pangkat_kedua")
    private String pangkatKedua;
    @Column(name = "nip_kedua")
    private String nipKedua;
    @Column(name = "kedua_pada")
    private Instant keduaPada;
    @Version
    private long version;

    protected NaskahBerurutan() {
    }

    NaskahBerurutan(String kode, String subjek, Metadata m, String judul, RegisterNomor.Nomor nomor, String berkas, String sha256,
            TandaTangan pertama, Instant pertamaPada, String pertamaOleh, TandaTangan kedua) {
        this.kode = kode;
        this.subjek = subjek;
        this.kecamatanId = m.kecamatanId();
        this.jenis = m.jenis();
        this.judul = judul;
        this.instansi = m.instansi();
        this.tahun = m.tahun();
        this.tahap = m.tahap();
        this.versi = m.versi();
        this.nomor = nomor.nomor();
        this.nomorTahun = nomor.tahun();
        this.nomorUrut = nomor.urut();
        this.nomorKlasifikasi = nomor.klasifikasi();
        this.berkas = berkas;
        this.sha256 = sha256;
        this.tempat = pertama.tempat();
        this.namaPertama = pertama.nama();
        this.jabatanPertama = pertama.jabatanTertulis().replaceAll(",$", "");
        this.nipPertama = pertama.nip().nilai();
        this.pertamaPada = pertamaPada;
        this.pertamaOleh = pertamaOleh;
        this.pelaksanaKedua = kedua.pelaksana();
        this.namaKedua = kedua.nama();
        this.jabatanKedua = kedua.jabatan();
        this.pangkatKedua = kedua.pangkatGolongan();
        this.nipKedua = kedua.nip().nilai();
    }

    /** The countersigner's block as printed in the file, dated the day of the countersignature (kept in the archive). */
    TandaTangan kedua(LocalDate tanggal) {
        return new TandaTangan(tempat, tanggal, pelaksanaKedua, jabatanKedua, namaKedua, pangkatKedua, Nip.of(nipKedua));
    }

    Metadata metadata() {
        return new Metadata(jenis, kecamatanId, instansi, tahun, tahap, versi);
    }

    /** The second signature: once only, and only on the file the first signer signed. */
    void disahkan(Instant pada) {
        if (keduaPada != null) {
            throw new AturanDilanggarException(Pesan.get("naskahBerurutan.sudahLengkap"));
        }
        keduaPada = pada;
    }

    NaskahBerurutanData info() {
        return new NaskahBerurutanData(kode, kecamatanId, judul, nomor, namaPertama, jabatanPertama, pertamaPada,
                namaKedua, (pelaksanaKedua == null ? "" : pelaksanaKedua + " ") + jabatanKedua, keduaPada);
    }

    String getKode() {
        return kode;
    }

    long getKecamatanId() {
        return kecamatanId;
    }

    String getJudul() {
        return judul;
    }

    String getNomor() {
        return nomor;
    }

    /** The number taken at the first signature, entered in the register when the final file is archived. */
    RegisterNomor.Nomor nomorNaskah() {
        return new RegisterNomor.Nomor(nomorTahun, nomorUrut, nomorKlasifikasi, nomor);
    }

    String getBerkas() {
        return berkas;
    }

    String getSha256() {
        return sha256;
    }

    String getNipKedua() {
        return nipKedua;
    }

    String getNamaKedua() {
        return namaKedua;
    }
}
