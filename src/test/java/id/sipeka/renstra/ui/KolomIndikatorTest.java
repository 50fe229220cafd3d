package id.sipeka.renstra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.renstra.JenisIndikator;
import id.sipeka.renstra.Polaritas;
import id.sipeka.renstra.RenstraData.BarisRenstra;
import id.sipeka.renstra.RenstraData.IndikatorBaris;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Renstra screen's indicator and target cells of a row with one and with several indicators. */
class KolomIndikatorTest {

    @Test
    void oneIndicatorIsShownAsBeforeAndSeveralAreNumberedWithTheirTargetsInTheSameOrder() {
        BarisRenstra satu = baris(List.of());
        assertThat(RenstraView.indikator(satu)).isEqualTo("Jumlah dokumen (Dokumen)");
        assertThat(RenstraView.target(satu, 2026)).isEqualTo("12");

        BarisRenstra dua = baris(List.of(new IndikatorBaris("Jumlah desa dibina", "Desa", Polaritas.NAIK,
                JenisIndikator.JUMLAH, null, Map.of(2027, new BigDecimal("7")))));
        assertThat(RenstraView.indikator(dua)).isEqualTo("1) Jumlah dokumen (Dokumen) · 2) Jumlah desa dibina (Desa)");
        assertThat(RenstraView.target(dua, 2026)).isEqualTo("12 · –");
        assertThat(RenstraView.target(dua, 2027)).isEqualTo("– · 7");
    }

    private static BarisRenstra baris(List<IndikatorBaris> lain) {
        return new BarisRenstra(1, Tingkat.SUB_KEGIATAN, "7.01.02.2.04.0001", "Sub", null, "Jumlah dokumen", "Dokumen",
                Polaritas.NAIK, JenisIndikator.JUMLAH, null, null, null, null, Map.of(2026, new BigDecimal("12")), Map.of(),
                List.of(), 0, lain);
    }
}
