package id.sipeka.notifikasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message, kept until sent — an e-mail or a WhatsApp message ({@link #saluran}): the outbox that makes sending
 * after a commit retryable without duplicates.
 */
@Entity
@Table(name = "surel_keluar")
class SurelKeluar {

    static final String MENUNGGU = "MENUNGGU";
    static final String TERKIRIM = "TERKIRIM";
    static final String GAGAL = "GAGAL";
    /** The channels of the outbox: e-mail, or a WhatsApp message through the gateway. */
    static final String SUREL = "SUREL";
    static final String WA = "WA";

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
    String saluran = SUREL;

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

    /** A WhatsApp message: {@code alamat} is the number, the text is the message (no HTML). */
    static SurelKeluar whatsApp(String kunci, String username, String nomor, Surel surel, Instant dibuatPada) {
        SurelKeluar s = new SurelKeluar(kunci, username, nomor, new Surel(surel.judul(), surel.teks(), ""), dibuatPada);
        s.saluran = WA;
        return s;
    }
}
