package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.PratinjauLra.BarisLra;
import id.sipeka.evaluasi.PratinjauLra.Status;
import id.sipeka.renstra.ImporDitolakException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The finance office's LRA of a quarter prefills the units' realisasi keuangan: in a kecamatan of Kalaena's size with
 * TW I signed and TW II under way (one unit has already submitted), files written here in the LRA's shape — a title,
 * a heading row, program/kegiatan/account rows around the sub kegiatan — are previewed and applied, and every figure
 * is checked against the file and against the database read straight with SQL.
 */
@SpringBootTest
class ImporLraTest {

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    ImporLraService lra;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    static Kecamatan k;
    static long tw2;
    /** The sub kegiatan codes of each unit in TW II's reports. */
    static Map<String, List<String>> kode;

    @BeforeEach
    void siapkan() {
        if (k != null) {
            return;
        }
        k = kalaena.siapkan(1);
        tw2 = kalaena.mulai(k, 2);
        // SEKSI-PU has filled and submitted its TW II report: an LRA no longer changes it
        long pu = kalaena.isi(k, tw2, "SEKSI-PU");
        kalaena.ajukan(k, "SEKSI-PU", pu);
        kode = new LinkedHashMap<>();
        for (String unit : KecamatanKalaenaUji.UNIT) {
            kode.put(unit, jdbc.queryForList("""
                    SELECT b.kode FROM laporan_baris b JOIN laporan_evaluasi l ON l.id = b.laporan_id
                     WHERE l.evaluasi_id = ? AND l.unit_kerja_id = ? ORDER BY b.kode""", String.class, tw2, k.unit().get(unit)));
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void anLraOfTheQuarterPrefillsTheReportsOfThreeUnitsAndLeavesTheSubmittedOneAlone() throws IOException {
        // three units' sub kegiatan with the quarter's own amounts, one of the submitted unit, one code not planned
        Map<String, Long> diisi = new LinkedHashMap<>();
        long rp = 1_250_000;
        for (String unit : List.of("SUBBAG-PK", "SEKSI-PEM", "SEKSI-PMD")) {
            for (String kd : kode.get(unit)) {
                diisi.put(kd, rp);
                rp += 137_500;
            }
        }
        String kodePu = kode.get("SEKSI-PU").getFirst();
        Long puSebelum = realisasi(kodePu, "SEKSI-PU");
        Map<String, Long> semua = new LinkedHashMap<>(diisi);
        semua.put(kodePu, 9_999_000L);
        semua.put("7.01.09.2.09.0099", 5_000L);
        byte[] berkas = BerkasLra.tulis("Realisasi Triwulan II", semua, Map.of());

        Masuk.sebagai(users, k.sekcam());
        PratinjauLra p = lra.pratinjau(tw2, berkas);
        assertThat(p.masalah()).isEmpty();
        assertThat(p.kumulatif()).isFalse();
        assertThat(p.baris()).hasSize(semua.size()); // the account, kegiatan and program rows are passed over
        assertThat(p.jumlah(Status.DIISI)).isEqualTo(diisi.size());
        assertThat(p.jumlahUnit()).isEqualTo(3);
        assertThat(status(p, kodePu)).isEqualTo(Status.LAPORAN_TERKUNCI);
        assertThat(status(p, "7.01.09.2.09.0099")).isEqualTo(Status.TIDAK_DI_RENJA);
        assertThat(realisasi(diisi.keySet().iterator().next(), "SUBBAG-PK")).as("a preview stores nothing").isNull();

        ImporLraService.HasilLra hasil = lra.terapkan(tw2, berkas, p.sidik());
        assertThat(hasil.baris()).isEqualTo(diisi.size());
        assertThat(hasil.laporan()).isEqualTo(3);
        for (String unit : List.of("SUBBAG-PK", "SEKSI-PEM", "SEKSI-PMD")) {
            for (String kd : kode.get(unit)) {
                assertThat(realisasi(kd, unit)).as(kd).isEqualTo(diisi.get(kd));
            }
        }
        assertThat(realisasi(kodePu, "SEKSI-PU")).as("the submitted report keeps its own figure").isEqualTo(puSebelum);
        assertThat(kode.get("SUBBAG-UK")).allSatisfy(kd -> assertThat(realisasi(kd, "SUBBAG-UK")).isNull());
        // nothing is submitted for a unit: its head still reviews and submits
        assertThat(jdbc.queryForList("SELECT status FROM laporan_evaluasi WHERE evaluasi_id = ? AND unit_kerja_id IN (?, ?, ?)",
                String.class, tw2, k.unit().get("SUBBAG-PK"), k.unit().get("SEKSI-PEM"), k.unit().get("SEKSI-PMD")))
                .containsOnly("DIISI");
        List<String> tigaLaporan = jdbc.queryForList("SELECT id FROM laporan_evaluasi WHERE evaluasi_id = ? AND unit_kerja_id IN (?, ?, ?)",
                Long.class, tw2, k.unit().get("SUBBAG-PK"), k.unit().get("SEKSI-PEM"), k.unit().get("SEKSI-PMD"))
                .stream().map(String::valueOf).toList();
        assertThat(jdbc.queryForList("SELECT id_data FROM audit_log WHERE aksi = 'IMPOR_LRA' AND kecamatan_id = ?", String.class,
                k.kecamatanId())).as("one audit entry per report filled").filteredOn(tigaLaporan::contains).hasSize(3);

        // the unit sees the amount in its report, with the financial capaian computed from it
        Masuk.sebagai(users, k.kepala().get("SEKSI-PEM"));
        long laporanPem = evaluasi.laporanId(tw2, k.unit().get("SEKSI-PEM")).orElseThrow();
        String kd = kode.get("SEKSI-PEM").getFirst();
        assertThat(evaluasi.laporan(laporanPem).baris().stream().filter(b -> b.kode().equals(kd)).findFirst().orElseThrow()
                .realisasiRpTw()).isEqualTo(diisi.get(kd));

        // the same file again: every line already holds its amount
        Masuk.sebagai(users, k.sekcam());
        PratinjauLra lagi = lra.pratinjau(tw2, berkas);
        assertThat(lagi.jumlah(Status.SAMA)).isEqualTo(diisi.size());
        assertThat(lagi.bolehDiterapkan()).isFalse();
    }

    @Test
    void aYearToDateColumnIsReducedByTheSignedEarlierQuarters() throws IOException {
        List<String> kodePmd = kode.get("SEKSI-TRANTIB");
        Map<String, Long> sd = new LinkedHashMap<>();
        Map<String, Long> tw1 = new LinkedHashMap<>();
        long rp = 40_000_000;
        for (String kd : kodePmd) {
            long lalu = jdbc.queryForObject("""
                    SELECT COALESCE(SUM(b.realisasi_rp), 0) FROM laporan_baris b JOIN laporan_evaluasi l ON l.id = b.laporan_id
                      JOIN evaluasi_triwulan e ON e.id = l.evaluasi_id
                     WHERE e.kecamatan_id = ? AND e.tahun = 2026 AND e.triwulan = 1 AND b.kode = ?
                       AND l.ditandatangani_pada IS NOT NULL""", Long.class, k.kecamatanId(), kd);
            tw1.put(kd, lalu);
            sd.put(kd, lalu + rp);
            rp += 1_000_000;
        }
        // one line's year to date is below what TW I already reported
        String kurang = kodePmd.getLast();
        sd.put(kurang, tw1.get(kurang) - 1);
        byte[] berkas = BerkasLra.tulis("Realisasi s.d. Triwulan II", sd, Map.of());

        Masuk.sebagai(users, k.sekcam());
        PratinjauLra p = lra.pratinjau(tw2, berkas);
        assertThat(p.kumulatif()).isTrue();
        assertThat(status(p, kurang)).isEqualTo(Status.KURANG_DARI_SEBELUMNYA);
        lra.terapkan(tw2, berkas, p.sidik());
        for (String kd : kodePmd) {
            Long diharapkan = kd.equals(kurang) ? null : sd.get(kd) - tw1.get(kd);
            assertThat(realisasi(kd, "SEKSI-TRANTIB")).as(kd).isEqualTo(diharapkan);
        }
    }

    @Test
    void aBadFileIsRefusedNamingRowAndColumnAndNothingIsFilled() throws IOException {
        List<String> kodeUk = kode.get("SUBBAG-UK");
        Map<String, Long> isi = new LinkedHashMap<>();
        kodeUk.forEach(kd -> isi.put(kd, 2_000_000L));
        byte[] berkas = BerkasLra.tulis("Realisasi", isi, Map.of(kodeUk.get(1), "dua juta"));

        Masuk.sebagai(users, k.sekcam());
        PratinjauLra p = lra.pratinjau(tw2, berkas);
        assertThat(p.masalah()).singleElement().satisfies(m -> {
            assertThat(m.lembar()).isEqualTo("LRA");
            assertThat(m.baris()).isEqualTo(barisBerkas(1));
            assertThat(m.kolom()).isEqualTo("D");
            assertThat(m.alasan()).contains("dua juta").contains("bukan angka");
        });
        assertThat(p.bolehDiterapkan()).isFalse();
        assertThatThrownBy(() -> lra.terapkan(tw2, berkas, p.sidik())).isInstanceOf(ImporDitolakException.class);
        assertThat(kodeUk).allSatisfy(kd -> assertThat(realisasi(kd, "SUBBAG-UK")).isNull());

        assertThatThrownBy(() -> lra.pratinjau(tw2, "bukan excel".getBytes()))
                .isInstanceOf(ImporDitolakException.class)
                .satisfies(e -> assertThat(((ImporDitolakException) e).masalah().getFirst().alasan()).contains("XLSX"));

        // a file other than the previewed one is not applied
        byte[] baik = BerkasLra.tulis("Realisasi", isi, Map.of());
        PratinjauLra pBaik = lra.pratinjau(tw2, baik);
        byte[] lain = BerkasLra.tulis("Realisasi", Map.of(kodeUk.getFirst(), 1L), Map.of());
        assertThatThrownBy(() -> lra.terapkan(tw2, lain, pBaik.sidik())).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("bukan berkas yang dipratinjau");
        assertThat(kodeUk).allSatisfy(kd -> assertThat(realisasi(kd, "SUBBAG-UK")).isNull());
    }

    @Test
    void onlyTheSekcamOfTheKecamatanImports() throws IOException {
        byte[] berkas = BerkasLra.tulis("Realisasi", Map.of(kode.get("SUBBAG-UK").getFirst(), 1_000L), Map.of());
        Masuk.sebagai(users, k.kepala().get("SUBBAG-UK"));
        assertThat(lra.boleh(tw2)).isFalse();
        assertThatThrownBy(() -> lra.pratinjau(tw2, berkas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lra.terapkan(tw2, berkas, "x")).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "wasuponda.sekcam");
        assertThat(lra.boleh(tw2)).isFalse();
        assertThatThrownBy(() -> lra.pratinjau(tw2, berkas)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.sekcam());
        assertThat(lra.boleh(tw2)).isTrue();
        assertThat(realisasi(kode.get("SUBBAG-UK").getFirst(), "SUBBAG-UK")).isNull();
    }

    // ---- helpers ----

    private static Status status(PratinjauLra p, String kd) {
        return p.baris().stream().filter(b -> b.kode().equals(kd)).map(BarisLra::status).findFirst().orElseThrow();
    }

    private Long realisasi(String kd, String unit) {
        return jdbc.queryForObject("""
                SELECT b.realisasi_rp FROM laporan_baris b JOIN laporan_evaluasi l ON l.id = b.laporan_id
                 WHERE l.evaluasi_id = ? AND l.unit_kerja_id = ? AND b.kode = ?""", Long.class, tw2, k.unit().get(unit), kd);
    }

    /** The 1-based row number in the file of the {@code i}-th sub kegiatan line (see {@link BerkasLra#tulis}). */
    private static int barisBerkas(int i) {
        return 5 + 3 * i + 1; // title, blank, heading (row 3), program row (4), then per line: kegiatan, sub, account
    }
}
