package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatIndonesiaTest {

    @Test
    void writesRupiahWithDotsAndNoDecimals() {
        assertThat(FormatIndonesia.rupiah(34_428_500L)).isEqualTo("Rp 34.428.500");
        assertThat(FormatIndonesia.rupiah(2_627_973_004L)).isEqualTo("Rp 2.627.973.004");
        assertThat(FormatIndonesia.rupiah(new BigDecimal("1500.50"))).isEqualTo("Rp 1.501");
        assertThat(FormatIndonesia.rupiah(0L)).isEqualTo("Rp 0");
    }

    @Test
    void writesNegativeChangesInParentheses() {
        assertThat(FormatIndonesia.rupiahPerubahan(-2_700_000L)).isEqualTo("(2.700.000)");
        assertThat(FormatIndonesia.rupiahPerubahan(2_700_000L)).isEqualTo("2.700.000");
    }

    @Test
    void writesPercentWithTwoDecimalsRoundedHalfUp() {
        assertThat(FormatIndonesia.persen(new BigDecimal("46.1409"))).isEqualTo("46,14%");
        assertThat(FormatIndonesia.persen(new BigDecimal("99.335"))).isEqualTo("99,34%");
        assertThat(FormatIndonesia.persen(new BigDecimal("100"))).isEqualTo("100,00%");
        assertThat(FormatIndonesia.persen(new BigDecimal("1234.5"))).isEqualTo("1.234,50%");
    }

    @Test
    void aMissingPercentIsADashNotZero() {
        assertThat(FormatIndonesia.persen(null)).isEqualTo("–");
    }

    @Test
    void writesDatesWithIndonesianMonthNames() {
        assertThat(FormatIndonesia.tanggal(LocalDate.of(2024, 3, 28))).isEqualTo("28 Maret 2024");
        assertThat(FormatIndonesia.tanggal(LocalDate.of(2022, 6, 30))).isEqualTo("30 Juni 2022");
    }

    @Test
    void namesTheDayInIndonesian() {
        assertThat(FormatIndonesia.hari(LocalDate.of(2025, 10, 14))).isEqualTo("Selasa");
        assertThat(FormatIndonesia.hari(LocalDate.of(2025, 10, 17))).isEqualTo("Jumat");
        assertThat(FormatIndonesia.hari(LocalDate.of(2025, 10, 19))).isEqualTo("Minggu");
    }

    @Test
    void writesQuartersInRomanNumerals() {
        assertThat(FormatIndonesia.triwulan(1)).isEqualTo("I");
        assertThat(FormatIndonesia.triwulan(4)).isEqualTo("IV");
        assertThatThrownBy(() -> FormatIndonesia.triwulan(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesNumbersWithTheirOwnDecimalsOnly() {
        assertThat(FormatIndonesia.angka(new BigDecimal("70.01"))).isEqualTo("70,01");
        assertThat(FormatIndonesia.angka(new BigDecimal("100.0000"))).isEqualTo("100");
        assertThat(FormatIndonesia.angka(2_485_296_504L)).isEqualTo("2.485.296.504");
    }
}
