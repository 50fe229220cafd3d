package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.RenjaData.AcuanEvaluasiLalu;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The computed columns of T-C.29 — (8) = 7/6, (10) from 5, 7 and 9 by the indicator's kind, (11) = 10/4 — computed
 * once here for the BAB II screen and the Renja document alike.
 */
class EvaluasiLaluTest {

    private static AcuanEvaluasiLalu acuan(String akhir, String n1) {
        return new AcuanEvaluasiLalu("7.01.02.2.04.0001", "Sub", "Jumlah Dokumen", "Dokumen", new BigDecimal(akhir),
                n1 == null ? null : new BigDecimal(n1));
    }

    private static BarisEvaluasiLalu baris(AcuanEvaluasiLalu a, JenisIndikator jenis, Polaritas polaritas, String k5, String k6,
            String k7) {
        return RekapEvaluasiService.barisEvaluasiLalu(a, jenis, polaritas, k5 == null ? null : new BigDecimal(k5),
                k6 == null ? null : new BigDecimal(k6), k7 == null ? null : new BigDecimal(k7));
    }

    @Test
    void withoutEvaluationDataTheComputedColumnsStayEmpty() {
        BarisEvaluasiLalu e = baris(acuan("60", "12"), JenisIndikator.JUMLAH, Polaritas.NAIK, null, null, null);
        assertThat(e.k8TingkatN2()).isNull();
        assertThat(e.k10PerkiraanRealisasi()).isNull();
        assertThat(e.k11PerkiraanCapaian()).isNull();
        assertThat(e.k4TargetAkhir()).isEqualByComparingTo("60");
        assertThat(e.k9TargetN1()).isEqualByComparingTo("12");
    }

    @Test
    void aCountPerPeriodAddsUpTheYearsAndIsComparedWithTheRenstraTarget() {
        BarisEvaluasiLalu e = baris(acuan("60", "12"), JenisIndikator.JUMLAH, Polaritas.NAIK, "24", "12", "11");
        assertThat(FormatIndonesia.persen(e.k8TingkatN2())).isEqualTo("91,67%");
        assertThat(e.k10PerkiraanRealisasi()).isEqualByComparingTo("47");
        assertThat(FormatIndonesia.persen(e.k11PerkiraanCapaian())).isEqualTo("78,33%");
    }

    @Test
    void aLevelIsNotAddedUpItsEstimateIsTheLatestTarget() {
        BarisEvaluasiLalu e = baris(acuan("100", "95"), JenisIndikator.TINGKAT, Polaritas.NAIK, "90", "92", "93.5");
        assertThat(e.k10PerkiraanRealisasi()).isEqualByComparingTo("95");
        assertThat(FormatIndonesia.persen(e.k11PerkiraanCapaian())).isEqualTo("95,00%");
        assertThat(FormatIndonesia.persen(e.k8TingkatN2())).isEqualTo("101,63%");
    }

    @Test
    void lowerIsBetterFollowsTheIndicatorsPolarity() {
        // a rate to bring down: target 10, realised 8 → (2×10 − 8)/10 = 120%, not 80%
        BarisEvaluasiLalu e = baris(acuan("5", "9"), JenisIndikator.TINGKAT, Polaritas.TURUN, "12", "10", "8");
        assertThat(FormatIndonesia.persen(e.k8TingkatN2())).isEqualTo("120,00%");
        // (10) is the latest value, 9, against the end-of-period 5: (2×5 − 9)/5 = 20%
        assertThat(FormatIndonesia.persen(e.k11PerkiraanCapaian())).isEqualTo("20,00%");
    }

    @Test
    void aZeroTargetGivesADashNotZeroOrAnError() {
        BarisEvaluasiLalu e = baris(acuan("0", "0"), JenisIndikator.JUMLAH, Polaritas.NAIK, "0", "0", "1");
        assertThat(FormatIndonesia.persen(e.k8TingkatN2())).isEqualTo("–");
        assertThat(e.k10PerkiraanRealisasi()).isEqualByComparingTo("1");
        assertThat(FormatIndonesia.persen(e.k11PerkiraanCapaian())).isEqualTo("–");
    }
}
