package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The sekcam's own text of one part of the LKjIP; a part without one prints its default. */
@Entity
@Table(name = "lkjip_narasi")
class LkjipNarasi {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "lkjip_id")
    Long lkjipId;
    @Enumerated(EnumType.STRING)
    BagianLkjip bagian;
    String teks;
    @Version
    long version;

    protected LkjipNarasi() {
    }

    LkjipNarasi(long lkjipId, BagianLkjip bagian) {
        this.lkjipId = lkjipId;
        this.bagian = bagian;
    }
}
