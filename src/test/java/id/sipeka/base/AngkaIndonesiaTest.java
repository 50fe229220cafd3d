package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AngkaIndonesiaTest {

    @Test
    void readsDotsAsThousandsAndCommaAsDecimal() {
        assertThat(AngkaIndonesia.parse("2.485.296.504")).contains(new BigDecimal("2485296504"));
        assertThat(AngkaIndonesia.parse("70,01")).contains(new BigDecimal("70.01"));
        assertThat(AngkaIndonesia.parse("Rp 34.428.500")).contains(new BigDecimal("34428500"));
        assertThat(AngkaIndonesia.parse("46,14%")).contains(new BigDecimal("46.14"));
    }

    @Test
    void readsAPlainMachineDecimal() {
        assertThat(AngkaIndonesia.parse("70.01")).contains(new BigDecimal("70.01"));
        assertThat(AngkaIndonesia.parse("12")).contains(new BigDecimal("12"));
    }

    @Test
    void emptyOrDashMeansNoValue() {
        assertThat(AngkaIndonesia.parse("")).isEmpty();
        assertThat(AngkaIndonesia.parse(" - ")).isEmpty();
        assertThat(AngkaIndonesia.parse(null)).isEmpty();
    }

    @Test
    void textIsRefusedWithAnIndonesianMessage() {
        assertThatThrownBy(() -> AngkaIndonesia.parse("dua belas")).isInstanceOf(NumberFormatException.class)
                .hasMessage("\"dua belas\" bukan angka");
    }
}
