package id.sipeka.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.dokumen.Sel;
import id.sipeka.evaluasi.EvaluasiData.BarisPk;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.PerjanjianKinerjaData;
import id.sipeka.evaluasi.HitungUlangLkjip;
import id.sipeka.evaluasi.LampiranPkUji;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipService;
import id.sipeka.evaluasi.PerjanjianKinerjaDokumenService;
import id.sipeka.evaluasi.PerjanjianKinerjaService;
import id.sipeka.organisasi.OrganisasiService;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The documents of the demo kecamatan Kalaena as the embedded default loads it at start-up (synchronously, on
 * ApplicationReadyEvent, before the test runs): the LKjIP and the Perjanjian Kinerja of the demo's last complete
 * year — last year, whose four quarters every unit reported and the camat signed — have every figure equal to a
 * recomputation here with plain JDBC over the tables, and their draft PDFs are PDF/A. Same annotation as
 * {@link H2BawaanSmokeTest}, so the two share one application context (and one demo load) when run together.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/h2-bawaan/sipeka-${random.uuid}",
        "spring.datasource.username=sa", "spring.datasource.password=",
        "flowable.async-executor-activate=true"})
class H2DemoDokumenTest {

    /** Kalaena's units with sub kegiatan (DemoEvaluasi), each with its own PK. */
    private static final int UNIT = 6;

    @Autowired
    LkjipService lkjip;
    @Autowired
    PerjanjianKinerjaService perjanjianKinerja;
    @Autowired
    PerjanjianKinerjaDokumenService pkDokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    long kalaena;
    int tahun;
    long renjaId;

    @BeforeEach
    void tahunLengkapDemo() {
        tahun = LocalDate.now(clock).getYear() - 1;
        Masuk.sebagai(users, "sekcam");
        kalaena = organisasi.kecamatanDenganKode("KALAENA").orElseThrow().id();
        renjaId = jdbc.queryForObject("SELECT id FROM renja WHERE kecamatan_id = ? AND tahun = ? AND tahap = 'DITETAPKAN'",
                Long.class, kalaena, tahun);
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void everyFigureOfTheDemosLastCompleteYearsLkjipEqualsARecomputationFromTheSignedReports() {
        // the year is complete: every unit's report of every quarter signed, none left unsigned
        assertThat(jdbc.queryForList("SELECT et.triwulan, COUNT(*) AS n FROM laporan_evaluasi le JOIN evaluasi_triwulan et"
                + " ON et.id = le.evaluasi_id WHERE et.kecamatan_id = ? AND et.tahun = ? AND le.ditandatangani_pada IS NOT NULL"
                + " GROUP BY et.triwulan ORDER BY et.triwulan", kalaena, tahun))
                .extracting(r -> ((Number) r.get("triwulan")).intValue() + ":" + ((Number) r.get("n")).intValue())
                .containsExactly("1:" + UNIT, "2:" + UNIT, "3:" + UNIT, "4:" + UNIT);
        HitungUlangLkjip hitung = new HitungUlangLkjip(jdbc, kalaena);
        assertThat(hitung.rupiah(tahun, true)).isEqualTo(hitung.rupiah(tahun, false));

        Map<String, Object> renstra = jdbc.queryForMap("SELECT tahun_awal, tahun_akhir FROM renstra WHERE kecamatan_id = ?"
                + " AND tahun_awal <= ? AND tahun_akhir >= ?", kalaena, tahun, tahun);
        int awal = ((Number) renstra.get("tahun_awal")).intValue();
        int akhir = ((Number) renstra.get("tahun_akhir")).intValue();
        // the earlier years of the period with signed reports, each against its own ditetapkan Renja
        Map<Integer, Long> renjaLalu = new TreeMap<>();
        jdbc.query("SELECT DISTINCT et.tahun FROM evaluasi_triwulan et JOIN laporan_evaluasi le ON le.evaluasi_id = et.id"
                + " WHERE et.kecamatan_id = ? AND et.tahun >= ? AND et.tahun < ? AND le.ditandatangani_pada IS NOT NULL",
                rs -> {
                    int t = rs.getInt(1);
                    renjaLalu.put(t, jdbc.queryForObject("SELECT id FROM renja WHERE kecamatan_id = ? AND tahun = ?"
                            + " AND tahap = 'DITETAPKAN'", Long.class, kalaena, t));
                }, kalaena, awal, tahun);

        Masuk.sebagai(users, "sekcam");
        AngkaLkjip a = lkjip.angka(kalaena, tahun);
        assertThat(a.tahun()).isEqualTo(tahun);
        assertThat(a.tahunAkhirRenstra()).isEqualTo(akhir);
        assertThat(a.kinerja()).hasSize(44).allSatisfy(b -> assertThat(b.realisasi()).as(b.kode()).isNotNull());
        hitung.periksa(a, renjaId, renjaLalu, akhir);

        Masuk.sebagai(users, "camat");
        hitung.periksa(lkjip.angka(kalaena, tahun), renjaId, renjaLalu, akhir);
    }

    @Test
    void thePkOfEveryUnitOfTheYearsRenjaCarriesItsRenjaRowsAndTheirTotal() throws Exception {
        List<Long> unit = jdbc.queryForList("SELECT DISTINCT unit_kerja_id FROM renja_baris WHERE renja_id = ?"
                + " ORDER BY unit_kerja_id", Long.class, renjaId);
        assertThat(unit).hasSize(UNIT);
        long semua = 0;
        Masuk.sebagai(users, "camat");
        for (long unitId : unit) {
            Map<String, Baris> harapan = new LinkedHashMap<>();
            jdbc.query("SELECT kode, indikator, target, satuan, pagu FROM renja_baris WHERE renja_id = ? AND unit_kerja_id = ?"
                    + " ORDER BY kode", rs -> {
                        long pagu = rs.getLong("pagu");
                        Long anggaran = rs.wasNull() ? null : pagu;
                        harapan.put(rs.getString("kode"), new Baris(rs.getString("indikator"), rs.getBigDecimal("target"),
                                rs.getString("satuan"), anggaran));
                    }, renjaId, unitId);
            Long jumlah = jdbc.queryForObject("SELECT COALESCE(SUM(pagu), 0) FROM renja_baris WHERE renja_id = ?"
                    + " AND unit_kerja_id = ?", Long.class, renjaId, unitId);
            assertThat(harapan.values().stream().mapToLong(b -> b.pagu() == null ? 0 : b.pagu()).sum()).isEqualTo(jumlah);
            semua += jumlah;

            PerjanjianKinerjaData pk = perjanjianKinerja.perjanjianKinerja(renjaId, unitId);
            String unitNama = pk.unitNama();
            assertThat(pk.tahun()).isEqualTo(tahun);
            assertThat(pk.baris()).extracting(BarisPk::kode).as(unitNama).containsExactlyInAnyOrderElementsOf(harapan.keySet());
            for (BarisPk b : pk.baris()) {
                Baris h = harapan.get(b.kode());
                assertThat(b.target()).as(unitNama + " " + b.kode() + " target").isEqualByComparingTo(h.target());
                assertThat(b.anggaran()).as(unitNama + " " + b.kode() + " anggaran").isEqualTo(h.pagu());
                assertThat(b.indikator()).as(b.kode()).isEqualTo(h.indikator());
                assertThat(b.satuan()).as(b.kode()).isEqualTo(h.satuan());
            }
            assertThat(pk.jumlahAnggaran()).as(unitNama + " jumlah").isEqualTo(jumlah);

            // the document's lampiran: one row per sub kegiatan with its target and anggaran, then the total
            List<BarisTabel> lampiran = LampiranPkUji.baris(pk);
            List<BarisTabel> biasa = lampiran.stream().filter(r -> r.jenis() == BarisTabel.Jenis.BIASA).toList();
            assertThat(biasa).hasSize(harapan.size());
            for (BarisTabel r : biasa) {
                String kode = r.sel().get(1).teks().split(" ")[0];
                Baris h = harapan.get(kode);
                assertThat(h).as(unitNama + " row " + r.sel().get(1).teks()).isNotNull();
                assertThat(r.sel().get(3).teks()).as(kode + " target")
                        .isEqualTo((ribuan(h.target()) + " " + Objects.toString(h.satuan(), "")).strip());
                Sel anggaran = r.sel().get(4);
                if (h.pagu() == null) {
                    assertThat(anggaran.nilai()).as(kode + " anggaran").isNull();
                } else {
                    assertThat(anggaran.nilai()).as(kode + " anggaran").isEqualByComparingTo(BigDecimal.valueOf(h.pagu()));
                }
            }
            BarisTabel total = lampiran.getLast();
            assertThat(total.jenis()).isEqualTo(BarisTabel.Jenis.TOTAL);
            assertThat(total.sel().getLast().nilai()).as(unitNama + " JUMLAH ANGGARAN").isEqualByComparingTo(BigDecimal.valueOf(jumlah));
            // and the draft PDF prints that total
            Berkas pdf = pkDokumen.pdf(renjaId, unitId);
            assertThat(pdf.nama()).endsWith("-DRAF.pdf");
            assertThat(PeriksaDokumen.teks(pdf.isi()).replaceAll("\\s+", " "))
                    .contains("JUMLAH ANGGARAN Rp " + ribuan(BigDecimal.valueOf(jumlah)));
        }
        assertThat(semua).isEqualTo(jdbc.queryForObject("SELECT SUM(pagu) FROM renja_baris WHERE renja_id = ?", Long.class,
                renjaId));
    }

    @Test
    void theDraftPdfsOfTheYearsLkjipAndOfEveryUnitsPkArePdfA() {
        Masuk.sebagai(users, "sekcam");
        Berkas l = lkjip.pdf(kalaena, tahun);
        assertThat(PeriksaDokumen.teks(l.isi())).contains("DRAF", "LAPORAN KINERJA INSTANSI PEMERINTAH");
        assertThat(PeriksaDokumen.pelanggaranPdfA(l.isi())).as("LKjIP " + tahun).isEmpty();
        Masuk.sebagai(users, "camat");
        for (long unitId : jdbc.queryForList("SELECT DISTINCT unit_kerja_id FROM renja_baris WHERE renja_id = ?", Long.class,
                renjaId)) {
            Berkas pk = pkDokumen.pdf(renjaId, unitId);
            assertThat(pk.nama()).endsWith("-DRAF.pdf");
            assertThat(PeriksaDokumen.pelanggaranPdfA(pk.isi())).as(pk.nama()).isEmpty();
        }
    }

    private record Baris(String indikator, BigDecimal target, String satuan, Long pagu) {
    }

    /** 22.571.000 / 12,5: thousands with dots, no needless decimals, as Indonesian documents write numbers. */
    private static String ribuan(BigDecimal nilai) {
        DecimalFormatSymbols simbol = new DecimalFormatSymbols(Locale.of("id", "ID"));
        simbol.setGroupingSeparator('.');
        simbol.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.####", simbol).format(nilai);
    }
}
