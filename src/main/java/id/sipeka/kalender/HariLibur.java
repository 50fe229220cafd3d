package id.sipeka.kalender;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "hari_libur")
class HariLibur {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    LocalDate tanggal;
    String nama;
    @Enumerated(EnumType.STRING)
    JenisLibur jenis;
    /** The decree it comes from, e.g. "SKB 3 Menteri No. 1497, 2, 5 Tahun 2025". */
    String dasar;
    /** Computed ahead, not decreed yet: the admin confirms it by saving it from the decree. */
    boolean perkiraan;
    @Version
    long version;

    protected HariLibur() {
    }

    HariLibur(LocalDate tanggal) {
        this.tanggal = tanggal;
    }
}
