package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.evaluasi.SkalaPredikat.Rentang;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GUIDE §5 formulas, checked against seed 003's worked figures. */
class CapaianTest {

    @Test
    void seed003FinanceRowsAndGroupAreComputedNotCopied() {
        // The seed prints 99,22% for the first row; 4.453.500 / 4.483.500 is 99,33%.
        assertThat(persen(Capaian.keuangan(4_483_500L, 4_453_500L))).isEqualTo("99,33%");
        assertThat(persen(Capaian.keuangan(5_969_000L, 369_500L))).isEqualTo("6,19%");
        // The group is the ratio of the sums, 4.823.000 / 10.452.500, not the mean of the two rows (52,76%).
        assertThat(persen(Capaian.keuanganKelompok(List.of(4_483_500L, 5_969_000L), List.of(4_453_500L, 369_500L))))
                .isEqualTo("46,14%");
    }

    @Test
    void threeOfThreeIsOneHundredPercentAndSangatBaikWithTheSeedsPreset() {
        BigDecimal capaian = Capaian.kinerja(angka(3), angka(3), Polaritas.NAIK);
        assertThat(persen(capaian)).isEqualTo("100,00%");
        assertThat(SkalaPredikat.PRESET_LAPORAN.predikat(capaian)).isEqualTo("Sangat Baik");
        assertThat(SkalaPredikat.PERMENDAGRI_86.predikat(capaian)).isEqualTo("Sangat Tinggi");
    }

    @Test
    void capaianIsNeverCappedAndLowerIsBetterIsFlooredAtZero() {
        assertThat(persen(Capaian.kinerja(angka(10), angka(15), Polaritas.NAIK))).isEqualTo("150,00%");
        assertThat(persen(Capaian.kinerja(angka(10), angka(8), Polaritas.TURUN))).isEqualTo("120,00%");
        assertThat(persen(Capaian.kinerja(angka(10), angka(12), Polaritas.TURUN))).isEqualTo("80,00%");
        assertThat(persen(Capaian.kinerja(angka(10), angka(25), Polaritas.TURUN))).isEqualTo("0,00%");
    }

    @Test
    void targetZeroOrMissingGivesADashNotZero() {
        assertThat(Capaian.kinerja(BigDecimal.ZERO, angka(3), Polaritas.NAIK)).isNull();
        assertThat(Capaian.kinerja(null, angka(3), Polaritas.NAIK)).isNull();
        assertThat(Capaian.keuangan(0L, 5L)).isNull();
        assertThat(persen(Capaian.kinerja(null, angka(3), Polaritas.NAIK))).isEqualTo("–");
        assertThat(SkalaPredikat.PERMENDAGRI_86.predikat(null)).isEqualTo("–");
    }

    @Test
    void theUnitAverageIsTheMeanOfRowsThatHaveACapaian() {
        BigDecimal rata = Capaian.rataRata(Arrays.asList(angka(100), null, angka(50)));
        assertThat(persen(rata)).isEqualTo("75,00%");
        assertThat(Capaian.rataRata(Arrays.asList(null, null))).isNull();
    }

    @Test
    void theYearSoFarDependsOnTheIndicatorKind() {
        List<BigDecimal> tw = Arrays.asList(angka(3), angka(4), null, null);
        assertThat(Capaian.sampaiDengan(JenisIndikator.JUMLAH, tw)).isEqualByComparingTo("7");
        assertThat(Capaian.sampaiDengan(JenisIndikator.TINGKAT, tw)).isEqualByComparingTo("4");
        assertThat(Capaian.sampaiDengan(JenisIndikator.KUMULATIF, tw)).isEqualByComparingTo("4");
        assertThat(Capaian.sampaiDengan(JenisIndikator.JUMLAH, Arrays.asList(null, null))).isNull();
    }

    @Test
    void predikatBoundariesFollowTheShownValue() {
        SkalaPredikat p = SkalaPredikat.PERMENDAGRI_86;
        assertThat(p.predikat(angka(91))).isEqualTo("Sangat Tinggi");
        assertThat(p.predikat(new BigDecimal("90.99"))).isEqualTo("Tinggi");
        // 90,996 is shown as 91,00%: it must not be labelled Tinggi beside a printed 91,00%.
        assertThat(p.predikat(new BigDecimal("90.996"))).isEqualTo("Sangat Tinggi");
        assertThat(p.predikat(angka(76))).isEqualTo("Tinggi");
        assertThat(p.predikat(angka(66))).isEqualTo("Sedang");
        assertThat(p.predikat(angka(51))).isEqualTo("Rendah");
        assertThat(p.predikat(new BigDecimal("50.99"))).isEqualTo("Sangat Rendah");
        assertThat(p.predikat(angka(250))).isEqualTo("Sangat Tinggi");
        assertThat(SkalaPredikat.PRESET_LAPORAN.predikat(angka(70))).isEqualTo("Baik");
        assertThat(SkalaPredikat.PRESET_LAPORAN.predikat(new BigDecimal("54.99"))).isEqualTo("Kurang Baik");
    }

    @Test
    void aScaleWithAGapOrAnOverlapIsRefused() {
        assertThatThrownBy(() -> new SkalaPredikat("celah", List.of(new Rentang("Rendah", null, angka(50)),
                new Rentang("Tinggi", angka(60), null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("celah");
        assertThatThrownBy(() -> new SkalaPredikat("tindih", List.of(new Rentang("Rendah", null, angka(60)),
                new Rentang("Tinggi", angka(50), null))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("tumpang tindih");
        assertThatThrownBy(() -> new SkalaPredikat("atas", List.of(new Rentang("Rendah", null, angka(50)),
                new Rentang("Tinggi", angka(50), angka(100)))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("tanpa batas atas");
    }

    @Test
    void efisiensiIsCapaianKinerjaMinusCapaianKeuanganInPointsAndADashWhenEitherIsMissing() {
        // 3 of 4 done (75%) with 4.453.500 of 4.483.500 spent (99,33…%): −24,33 points
        BigDecimal kinerja = Capaian.kinerja(angka(4), angka(3), id.sipeka.renstra.Polaritas.NAIK);
        BigDecimal keuangan = Capaian.keuangan(4_483_500L, 4_453_500L);
        assertThat(Capaian.bulat(Capaian.efisiensi(kinerja, keuangan))).isEqualByComparingTo("-24.33");
        assertThat(Capaian.bulat(Capaian.efisiensi(angka(110), angka(80)))).isEqualByComparingTo("30.00");
        assertThat(Capaian.efisiensi(null, keuangan)).isNull();
        assertThat(Capaian.efisiensi(kinerja, null)).isNull();
    }

    private static BigDecimal angka(int n) {
        return BigDecimal.valueOf(n);
    }

    private static String persen(BigDecimal nilai) {
        return FormatIndonesia.persen(nilai);
    }
}
