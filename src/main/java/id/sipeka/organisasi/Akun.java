package id.sipeka.organisasi;

import id.sipeka.security.Peran;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
class Akun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String username;
    @Column(name = "password_hash")
    String passwordHash;
    @Enumerated(EnumType.STRING)
    Peran peran;
    @Column(name = "pegawai_id")
    Long pegawaiId;
    /** Only for VIEWER_KABUPATEN: the kabupaten it reads. */
    @Column(name = "kabupaten_id")
    Long kabupatenId;
    boolean aktif = true;
    @Column(name = "terkunci_sampai")
    Instant terkunciSampai;
    @Version
    long version;

    protected Akun() {
    }

    Akun(String username, String passwordHash, Peran peran, Long pegawaiId, Long kabupatenId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.peran = peran;
        this.pegawaiId = pegawaiId;
        this.kabupatenId = kabupatenId;
    }
}
