package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.base.FormatIndonesia;
import id.sipeka.renja.RenjaData.EvaluasiRenja;
import id.sipeka.renstra.JenisIndikator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The computed columns of T-C.29: (8) = 7/6, (10) from 5, 7 and 9 by the indicator's kind, (11) = 10/4. */
class EvaluasiRenjaTest {

    static EvaluasiRenja baris(JenisIndikator jenis, String akhir, String n1) {
        return new EvaluasiRenja("7.01.02.2.04.0001", "Sub", "Jumlah Dokumen", "Dokumen", jenis, new BigDecimal(akhir), null,
                null, null, n1 == null ? null : new BigDecimal(n1));
    }

    @Test
    void withoutEvaluationDataTheComputedColumnsStayEmpty() {
        EvaluasiRenja e = baris(JenisIndikator.JUMLAH, "60", "12");
        assertThat(e.adaTingkatRealisasi()).isFalse();
        assertThat(e.tingkatRealisasi()).isNull();
        assertThat(e.perkiraanCapaian()).isNull();
        assertThat(e.tingkatCapaian()).isNull();
    }

    @Test
    void aCountPerPeriodAddsUpTheYearsAndIsComparedWithTheRenstraTarget() {
        EvaluasiRenja e = baris(JenisIndikator.JUMLAH, "60", "12").denganRealisasi(new BigDecimal("24"), new BigDecimal("12"),
                new BigDecimal("11"));
        assertThat(FormatIndonesia.persen(e.tingkatRealisasi())).isEqualTo("91,67%");
        assertThat(e.perkiraanCapaian()).isEqualByComparingTo("47");
        assertThat(FormatIndonesia.persen(e.tingkatCapaian())).isEqualTo("78,33%");
    }

    @Test
    void aLevelIsNotAddedUpItsEstimateIsTheLatestTarget() {
        EvaluasiRenja e = baris(JenisIndikator.TINGKAT, "100", "95").denganRealisasi(new BigDecimal("90"), new BigDecimal("92"),
                new BigDecimal("93.5"));
        assertThat(e.perkiraanCapaian()).isEqualByComparingTo("95");
        assertThat(FormatIndonesia.persen(e.tingkatCapaian())).isEqualTo("95,00%");
        assertThat(FormatIndonesia.persen(e.tingkatRealisasi())).isEqualTo("101,63%");
    }

    @Test
    void aZeroTargetGivesADashNotZeroOrAnError() {
        EvaluasiRenja e = baris(JenisIndikator.JUMLAH, "0", "0").denganRealisasi(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(e.adaTingkatRealisasi()).isTrue();
        assertThat(FormatIndonesia.persen(e.tingkatRealisasi())).isEqualTo("–");
        assertThat(FormatIndonesia.persen(e.tingkatCapaian())).isEqualTo("–");
    }
}
