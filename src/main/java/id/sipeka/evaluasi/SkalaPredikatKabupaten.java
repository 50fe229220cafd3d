package id.sipeka.evaluasi;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The predikat scale a kabupaten has chosen (table skala_predikat). A kabupaten without one uses the default. */
@Entity
@Table(name = "skala_predikat")
class SkalaPredikatKabupaten {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "kabupaten_id")
    Long kabupatenId;
    String nama;
    @Version
    long version;

    /** Lowest range first. A change of the ranges raises the version, like a change of the name. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "skala_predikat_rentang", joinColumns = @JoinColumn(name = "skala_predikat_id"))
    @OrderColumn(name = "urutan")
    List<RentangTersimpan> rentang = new ArrayList<>();

    protected SkalaPredikatKabupaten() {
    }

    SkalaPredikatKabupaten(Long kabupatenId) {
        this.kabupatenId = kabupatenId;
    }

    /** One stored range [dari, sampai); null = open end. */
    @Embeddable
    record RentangTersimpan(String label, @Column(precision = 9, scale = 2) BigDecimal dari,
            @Column(precision = 9, scale = 2) BigDecimal sampai) {
    }
}
