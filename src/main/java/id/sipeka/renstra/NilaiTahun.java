package id.sipeka.renstra;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Target and pagu of one year. Pagu is whole rupiah and is stored only for sub kegiatan. */
@Embeddable
public record NilaiTahun(BigDecimal target, Long pagu) {

    /** The same target and pagu, whatever the target's scale (4 decimals as stored, as typed in the file). */
    static boolean sama(NilaiTahun a, NilaiTahun b) {
        if (kosong(a) || kosong(b)) {
            return kosong(a) && kosong(b);
        }
        boolean targetSama = a.target() == null ? b.target() == null
                : b.target() != null && a.target().compareTo(b.target()) == 0;
        return targetSama && java.util.Objects.equals(a.pagu(), b.pagu());
    }

    /** No target and no pagu: such a year is never stored. */
    static boolean kosong(NilaiTahun n) {
        return n == null || n.target() == null && n.pagu() == null;
    }
}
