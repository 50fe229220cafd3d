package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.dokumen.Sel;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.IndikatorEvaluasiLalu;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** T-C.29 (Tabel 2.1) prints each further indicator of a sub kegiatan as its own line under the row. */
class TabelEvaluasiLaluIndikatorLainTest {

    @Test
    void eachFurtherIndicatorIsALineWithItsTargetRealisasiAndTingkatOfNMinus2() {
        BarisEvaluasiLalu baris = new BarisEvaluasiLalu("7.01.02.2.04.0001", "Penyediaan Bahan Logistik Kantor",
                "Jumlah Paket", "Paket", new BigDecimal("4"), null, new BigDecimal("4"), new BigDecimal("1.6"),
                new BigDecimal("40"), new BigDecimal("4"), null, null, List.of(
                        new IndikatorEvaluasiLalu(2, "Jumlah desa dilayani", "Desa", new BigDecimal("10"),
                                new BigDecimal("3"), new BigDecimal("30")),
                        new IndikatorEvaluasiLalu(3, "Persentase permintaan terlayani", "%", new BigDecimal("90"), null, null)));

        List<List<String>> isi = TabelRenja.evaluasi("Kecamatan Uji", 2028, 2029, List.of(baris)).baris().stream()
                .map(r -> r.sel().stream().map(Sel::teks).toList()).toList();

        assertThat(isi).hasSize(3);
        assertThat(isi.get(0).subList(0, 8)).containsExactly("7.01.02.2.04.0001", "Penyediaan Bahan Logistik Kantor",
                "Jumlah Paket", "4 Paket", "", "4 Paket", "1,6 Paket", "40,00%");
        assertThat(isi.get(1)).containsExactly("", "", "Indikator ke-2: Jumlah desa dilayani", "", "", "10 Desa", "3 Desa",
                "30,00%", "", "", "");
        assertThat(isi.get(2)).containsExactly("", "", "Indikator ke-3: Persentase permintaan terlayani", "", "", "90%",
                "", "", "", "", "");
    }
}
