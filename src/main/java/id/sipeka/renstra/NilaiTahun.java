package id.sipeka.renstra;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** Target and pagu of one year. Pagu is whole rupiah and is stored only for sub kegiatan. */
@Embeddable
public record NilaiTahun(BigDecimal target, Long pagu) {
}
