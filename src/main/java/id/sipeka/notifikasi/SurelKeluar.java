package id.sipeka.notifikasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One e-mail, kept until sent: the outbox that makes sending after a commit retryable without duplicates. */
@Entity
@Table(name = "surel_keluar")
class SurelKeluar {

    static final String MENUNGGU = "MENUNGGU";
    static final String TERKIRIM = "TERKIRIM";
    static final String GAGAL = "GAGAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** What it is for, unique: "n:{notifikasi}:{username}" or "harian:{tanggal}:{username}". */
    String kunci;
    String username;
    String alamat;
    String judul;
    String teks;
    String html;
    String status = MENUNGGU;
    int percobaan;
    @Column(name = "dibuat_pada")
    Instant dibuatPada;
    @Column(name = "dikirim_pada")
    Instant dikirimPada;
    String galat;

    protected SurelKeluar() {
    }

    SurelKeluar(String kunci, String username, String alamat, Surel surel, Instant dibuatPada) {
        this.kunci = kunci;
        this.username = username;
        this.alamat = alamat;
        this.judul = surel.judul();
        this.teks = surel.teks();
        this.html = surel.html();
        this.dibuatPada = dibuatPada;
    }
}
