package id.sipeka.notifikasi;

import id.sipeka.security.Peran;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
class Notifikasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kecamatan_id")
    Long kecamatanId;
    @Enumerated(EnumType.STRING)
    Peran peran;
    @Column(name = "unit_kerja_id")
    Long unitKerjaId;
    String jenis;
    String judul;
    String pesan;
    String tautan;
    @Column(name = "dibuat_pada")
    Instant dibuatPada;
    /** The document it asks to act on (see {@link Pemberitahuan#subjek()}). */
    String subjek;
    /** When that document moved on: done, no longer listed. */
    @Column(name = "selesai_pada")
    Instant selesaiPada;

    protected Notifikasi() {
    }
}
