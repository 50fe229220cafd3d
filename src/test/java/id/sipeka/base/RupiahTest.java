package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void acceptsWholeRupiahUpToNineHundredNinetyNineTrillion() {
        assertThat(Rupiah.periksa(new BigDecimal("999999999999999"), "Pagu 2026")).isEqualTo(999_999_999_999_999L);
        assertThat(Rupiah.periksa(new BigDecimal("6403000.00"), "Pagu 2026")).isEqualTo(6_403_000L);
        assertThat(Rupiah.periksa(BigDecimal.ZERO, "Pagu 2026")).isZero();
        assertThat(Rupiah.periksa((BigDecimal) null, "Pagu 2026")).isNull();
        assertThat(new Rupiah(Rupiah.MAKS).toString()).isEqualTo("Rp 999.999.999.999.999");
    }

    @Test
    void aPaguAboveTheBoundIsRefusedNamingTheFieldAndTheBoundTheIndonesianWay() {
        String pesan = "Pagu 2026 terlalu besar: paling banyak Rp 999.999.999.999.999.";
        assertThat(Rupiah.masalah(BigDecimal.valueOf(Long.MAX_VALUE), "Pagu 2026")).contains(pesan);
        assertThat(Rupiah.masalah(Long.MAX_VALUE, "Pagu 2026")).contains(pesan);
        assertThat(Rupiah.masalah(new BigDecimal("1000000000000000"), "Pagu 2026")).contains(pesan);
        assertThat(Rupiah.masalah(new BigDecimal("1E+30"), "Pagu 2026")).contains(pesan);
        assertThat(Rupiah.masalah(new BigDecimal("12345678901234567890123"), "Pagu 2026")).contains(pesan);
        // an exponent this large must be refused without ever writing the number out
        assertThat(Rupiah.masalah(new BigDecimal("1E+999999999"), "Pagu 2026")).contains(pesan);
        assertThatThrownBy(() -> Rupiah.periksa(new BigDecimal("1E+30"), "Pagu indikatif (Rp)"))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage("Pagu indikatif (Rp) terlalu besar: paling banyak Rp 999.999.999.999.999.");
        assertThatThrownBy(() -> new Rupiah(Rupiah.MAKS + 1)).isInstanceOf(AturanDilanggarException.class);
    }

    @Test
    void negativeAndFractionalRupiahAreRefusedNamingTheField() {
        assertThat(Rupiah.masalah(new BigDecimal("-1"), "Pagu 2026")).contains("Pagu 2026 tidak boleh negatif.");
        assertThat(Rupiah.masalah(new BigDecimal("10.5"), "Pagu 2026")).contains("Pagu 2026 harus rupiah bulat tanpa desimal.");
        assertThatThrownBy(() -> Rupiah.periksa(-5L, "Realisasi (Rp)")).hasMessage("Realisasi (Rp) tidak boleh negatif.");
    }

    @Test
    void sumsNeverWrapAroundToANegativeTotal() {
        assertThat(Rupiah.jumlah(Arrays.asList(Rupiah.MAKS, Rupiah.MAKS, null, 1L))).isEqualTo(1_999_999_999_999_999L);
        assertThatThrownBy(() -> Rupiah.jumlah(List.of(Long.MAX_VALUE, 1L))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rupiah.tambah(Long.MAX_VALUE, 6_500_000L)).isInstanceOf(ArithmeticException.class);
        assertThat(Rupiah.jumlah(List.of())).isZero();
    }
}
