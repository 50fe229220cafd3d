package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.HitungPernyataan;
import id.sipeka.Masuk;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.RekapUnit;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The recap of a year up to a quarter: its figures for one unit and for one program (seed 003), and what it costs —
 * a few set-based queries whatever the number of signed reports (Kalaena's scale).
 */
@SpringBootTest
class RekapEvaluasiTest {

    /** Statements one recap may send at Kalaena's scale (44 sub kegiatan, six units, signed quarters). */
    static final int BATAS_PERNYATAAN = 30;

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    UserDetailsService users;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theRecapOfOneUnitOrOneProgramKeepsSeed003sFigures() {
        KecamatanSeed003 k = seed003.siapkan();
        long evaluasiId = seed003.triwulanDitandatangani(k, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9))
                .evaluasiId();

        Masuk.sebagai(users, k.sekcam());
        Rekap semua = rekap.rekap(k.kecamatanId(), 2026, 1, null, null);

        // one unit: its two sub kegiatan, the same lines as in the whole recap, and only its own averages
        Rekap pem = rekap.rekap(k.kecamatanId(), 2026, 1, k.pem(), null);
        assertThat(sub(pem)).extracting(BarisRekap::kode).containsExactly(KecamatanSeed003.FORUM, KecamatanSeed003.PERDES);
        assertThat(sub(pem)).allSatisfy(b -> assertThat(sub(semua)).contains(b));
        assertThat(pem.jumlah().realisasiRpKumulatif()).isEqualTo(4_823_000L);
        assertThat(pem.jumlah().anggaran()).isEqualTo(22_571_000L + 11_857_500L);
        assertThat(persen(pem.jumlah().capaianKeuangan())).isEqualTo("14,01%"); // 4.823.000 / 34.428.500
        assertThat(persen(pem.jumlah().capaianKinerja())).isEqualTo("37,50%"); // mean of 3/12 and 7/14
        assertThat(pem.unit()).extracting(RekapUnit::unitKerjaId).containsExactly(k.pem());
        assertThat(persen(pem.unit().getFirst().triwulan().get(1).rataKinerja())).isEqualTo("100,00%");
        assertThat(persen(pem.unit().getFirst().triwulan().get(1).capaianKeuangan())).isEqualTo("46,14%");
        assertThat(pem.unit().getFirst().triwulan().get(1).realisasiRp()).isEqualTo(4_823_000L);
        assertThat(pem.unit().getFirst().triwulan().get(1).targetRp()).isEqualTo(10_452_500L);
        assertThat(pem.unit()).containsExactlyElementsOf(semua.unit().stream().filter(u -> u.unitKerjaId() == k.pem()).toList());

        // one program: its kegiatan and sub kegiatan, computed from them alone
        Rekap desa = rekap.rekap(k.kecamatanId(), 2026, 1, null, "7.01.06");
        assertThat(desa.baris()).extracting(BarisRekap::tingkat, BarisRekap::kode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Tingkat.PROGRAM, "7.01.06"),
                org.assertj.core.groups.Tuple.tuple(Tingkat.KEGIATAN, "7.01.06.2.01"),
                org.assertj.core.groups.Tuple.tuple(Tingkat.SUB_KEGIATAN, KecamatanSeed003.PERDES));
        assertThat(desa.baris().getFirst().realisasiRpKumulatif()).isEqualTo(369_500L);
        assertThat(persen(desa.baris().getFirst().capaianKeuangan())).isEqualTo("3,12%"); // 369.500 / 11.857.500
        assertThat(persen(desa.jumlah().capaianKinerja())).isEqualTo("50,00%");
        assertThat(desa.baris().getFirst().predikat()).isEqualTo(desa.jumlah().predikat());
        assertThat(sub(desa)).allSatisfy(b -> assertThat(sub(semua)).contains(b));
        // the units' averages are the whole reports' (a program filter does not cut a unit's report)
        assertThat(desa.unit()).isEqualTo(semua.unit());
    }

    @Test
    void theRecapSendsAFewQueriesWhateverTheNumberOfSignedReports() {
        KecamatanKalaenaUji.Kecamatan k = kalaena.siapkan(2);
        Masuk.sebagai(users, k.sekcam());
        long unit = k.unit().get("SUBBAG-UK");

        var tw1 = HitungPernyataan.tel(() -> rekap.rekap(k.kecamatanId(), 2026, 1, null, null));
        var tw2 = HitungPernyataan.tel(() -> rekap.rekap(k.kecamatanId(), 2026, 2, null, null));
        var satuUnit = HitungPernyataan.tel(() -> rekap.rekap(k.kecamatanId(), 2026, 2, unit, null));
        var satuProgram = HitungPernyataan.tel(() -> rekap.rekap(k.kecamatanId(), 2026, 2, null, "7.01.01"));
        System.out.printf("Pernyataan per rekap (Kalaena, 44 sub kegiatan, 6 unit): s.d. TW I (6 laporan) %d, s.d. TW II"
                + " (12 laporan) %d, satu unit %d, satu program %d%n", tw1.pernyataan(), tw2.pernyataan(),
                satuUnit.pernyataan(), satuProgram.pernyataan());

        // the data is there: 44 sub kegiatan, six units with two signed quarters each
        assertThat(sub(tw2.nilai())).hasSize(44);
        assertThat(tw2.nilai().unit()).hasSize(6).allSatisfy(u -> assertThat(u.triwulan()).containsOnlyKeys(1, 2));
        assertThat(tw1.nilai().unit()).allSatisfy(u -> assertThat(u.triwulan()).containsOnlyKeys(1));
        assertThat(satuUnit.nilai().unit()).hasSize(1);
        // each unit's averages per quarter are exactly those its own signed report shows
        for (RekapUnit u : tw2.nilai().unit()) {
            for (int tw = 1; tw <= 2; tw++) {
                long laporanId = jdbc.queryForObject("""
                        SELECT l.id FROM laporan_evaluasi l JOIN evaluasi_triwulan e ON e.id = l.evaluasi_id
                         WHERE e.kecamatan_id = ? AND e.tahun = 2026 AND e.triwulan = ? AND l.unit_kerja_id = ?""",
                        Long.class, k.kecamatanId(), tw, u.unitKerjaId());
                assertThat(u.triwulan().get(tw)).as("unit %d TW %d", u.unitKerjaId(), tw)
                        .isEqualTo(evaluasi.laporan(laporanId).ringkasan());
            }
        }

        assertThat(tw2.pernyataan()).as(tw2.ringkasan()).isLessThanOrEqualTo(BATAS_PERNYATAAN);
        // twice the signed reports, the same statements: no query per report, per row or per unit
        assertThat(tw2.pernyataan()).as(tw2.ringkasan()).isEqualTo(tw1.pernyataan());
        assertThat(satuUnit.pernyataan()).isLessThanOrEqualTo(tw2.pernyataan());
        assertThat(satuProgram.pernyataan()).isLessThanOrEqualTo(tw2.pernyataan());
    }

    private static List<BarisRekap> sub(Rekap r) {
        return r.baris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).toList();
    }

    private static String persen(BigDecimal nilai) {
        return FormatIndonesia.persen(nilai);
    }
}
