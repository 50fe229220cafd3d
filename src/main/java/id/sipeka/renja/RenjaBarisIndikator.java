package id.sipeka.renja;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import id.sipeka.base.Kuantitas;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The second, third, … indicator of a Renja row (issue 13): copied from the Renstra with its targets of year N and N+1
 * when the Renja is opened, then the row's unit's own, like the row's first indicator. Changed only together with its
 * row, whose version guards both.
 */
@Entity
@Table(name = "renja_baris_indikator")
class RenjaBarisIndikator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "renja_baris_id")
    Long renjaBarisId;
    /** 2 for the second indicator, as the Renstra numbers them. */
    int urutan;
    String indikator;
    String satuan;
    BigDecimal target;
    @Column(name = "target_maju")
    BigDecimal targetMaju;
    @Version
    long version;

    protected RenjaBarisIndikator() {
    }

    RenjaBarisIndikator(long renjaBarisId, int urutan, String indikator, String satuan, BigDecimal target,
            BigDecimal targetMaju) {
        this.renjaBarisId = renjaBarisId;
        this.urutan = urutan;
        this.indikator = indikator;
        this.satuan = satuan;
        this.target = target;
        this.targetMaju = targetMaju;
    }

    /** A copy for another row (a Renja Perubahan carries its Renja's indicators). */
    RenjaBarisIndikator salinKe(long barisId) {
        return new RenjaBarisIndikator(barisId, urutan, indikator, satuan, target, targetMaju);
    }

    RenjaData.IndikatorLainRenja data() {
        return new RenjaData.IndikatorLainRenja(urutan, indikator, satuan, target, targetMaju);
    }

    /**
     * Applies checked edits ({@link AturanBarisRenja#periksaLain}) to a row's indicators, by number; true when any value
     * changed (the caller then moves the row's version on: the row's version guards its indicators too).
     */
    static boolean terapkan(List<RenjaBarisIndikator> ada, List<RenjaData.UbahIndikatorLain> ubah) {
        if (ubah == null) {
            return false;
        }
        boolean berubah = false;
        for (RenjaData.UbahIndikatorLain u : ubah) {
            RenjaBarisIndikator i = ada.stream().filter(x -> x.urutan == u.urutan()).findFirst().orElseThrow();
            if (i.berbeda(u)) {
                i.indikator = RenjaStore.kosong(u.indikator());
                i.target = Kuantitas.periksa(u.target(), "");
                i.targetMaju = Kuantitas.periksa(u.targetMaju(), "");
                berubah = true;
            }
        }
        return berubah;
    }

    /** Whether the edit gives this indicator another text or target. */
    boolean berbeda(RenjaData.UbahIndikatorLain u) {
        return !Objects.equals(indikator, RenjaStore.kosong(u.indikator())) || !sama(target, u.target())
                || !sama(targetMaju, u.targetMaju());
    }

    static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static String ringkas(List<RenjaBarisIndikator> semua) {
        return semua.stream().map(RenjaBarisIndikator::ringkas).collect(Collectors.joining("; "));
    }

    String ringkas() {
        return urutan + ") " + indikator + " target=" + target + " targetMaju=" + targetMaju;
    }
}
