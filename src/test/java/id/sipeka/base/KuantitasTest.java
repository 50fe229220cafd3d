package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KuantitasTest {

    @Test
    void acceptsWhatADecimalNineteenFourColumnHolds() {
        assertThat(Kuantitas.periksa(new BigDecimal("70.0100"), "Target 2025")).isEqualByComparingTo("70.01")
                .hasToString("70.01");
        assertThat(Kuantitas.periksa(new BigDecimal("999999999999999.9999"), "Target 2025")).isEqualByComparingTo(Kuantitas.MAKS);
        assertThat(Kuantitas.periksa(new BigDecimal("1E+3"), "Target 2025")).hasToString("1000");
        assertThat(Kuantitas.periksa(null, "Target 2025")).isNull();
    }

    @Test
    void aHugeTargetIsRefusedNamingTheFieldWithoutArithmeticErrors() {
        String pesan = "Target 2026 terlalu besar: paling banyak 999.999.999.999.999,9999.";
        assertThat(Kuantitas.masalah(new BigDecimal("1E+308"), "Target 2026")).contains(pesan);
        assertThat(Kuantitas.masalah(new BigDecimal("9".repeat(400)), "Target 2026")).contains(pesan);
        assertThat(Kuantitas.masalah(new BigDecimal("1000000000000000"), "Target 2026")).contains(pesan);
        assertThat(Kuantitas.masalah(new BigDecimal("1E+999999999"), "Target 2026")).contains(pesan);
        assertThatThrownBy(() -> Kuantitas.periksa(new BigDecimal("1E+308"), "Realisasi kinerja"))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Realisasi kinerja terlalu besar: paling banyak 999.999.999.999.999,9999.");
    }

    @Test
    void moreDecimalsThanTheColumnKeepsAndNegativesAreRefused() {
        assertThat(Kuantitas.masalah(new BigDecimal("1.23456"), "Target 2026"))
                .contains("Target 2026 paling banyak 4 angka di belakang koma.");
        assertThat(Kuantitas.masalah(new BigDecimal("1.23450"), "Target 2026")).isEmpty();
        assertThat(Kuantitas.masalah(new BigDecimal("-0.5"), "Target 2026")).contains("Target 2026 tidak boleh negatif.");
        assertThatThrownBy(() -> new Kuantitas(new BigDecimal("1E+20"))).isInstanceOf(AturanDilanggarException.class);
    }
}
