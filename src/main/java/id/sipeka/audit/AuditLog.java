package id.sipeka.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One audit entry. Immutable: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant waktu;

    @Column(nullable = false)
    private String username;

    @Column(name = "kecamatan_id")
    private Long kecamatanId;

    @Column(nullable = false)
    private String aksi;

    @Column(name = "jenis_data", nullable = false)
    private String jenisData;

    @Column(name = "id_data")
    private String idData;

    @Column(name = "nilai_lama")
    private String nilaiLama;

    @Column(name = "nilai_baru")
    private String nilaiBaru;

    protected AuditLog() {
    }

    AuditLog(Instant waktu, String username, Long kecamatanId, String aksi, String jenisData, String idData,
            String nilaiLama, String nilaiBaru) {
        this.waktu = waktu;
        this.username = username;
        this.kecamatanId = kecamatanId;
        this.aksi = aksi;
        this.jenisData = jenisData;
        this.idData = idData;
        this.nilaiLama = nilaiLama;
        this.nilaiBaru = nilaiBaru;
    }

    public Long getId() {
        return id;
    }

    public Instant getWaktu() {
        return waktu;
    }

    public String getUsername() {
        return username;
    }

    public Long getKecamatanId() {
        return kecamatanId;
    }

    public String getAksi() {
        return aksi;
    }

    public String getJenisData() {
        return jenisData;
    }

    public String getIdData() {
        return idData;
    }

    public String getNilaiLama() {
        return nilaiLama;
    }

    public String getNilaiBaru() {
        return nilaiBaru;
    }
}
