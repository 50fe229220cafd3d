package id.sipeka.evaluasi;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A further indicator's targets of TW I–IV in the rencana aksi (a row of rencana_aksi_indikator). A value: a change
 * replaces it, so the owning rencana aksi row sees the change and its version moves on.
 */
@Embeddable
record TargetTriwulan(@Column(name = "target_1") BigDecimal target1, @Column(name = "target_2") BigDecimal target2,
        @Column(name = "target_3") BigDecimal target3, @Column(name = "target_4") BigDecimal target4) {

    static TargetTriwulan dari(List<BigDecimal> target) {
        return new TargetTriwulan(target.get(0), target.get(1), target.get(2), target.get(3));
    }

    /** TW I..IV, index 0 = TW I. */
    List<BigDecimal> daftar() {
        return Arrays.asList(target1, target2, target3, target4);
    }

    boolean kosong() {
        return target1 == null && target2 == null && target3 == null && target4 == null;
    }
}
