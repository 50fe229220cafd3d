package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.evaluasi.EvaluasiData.BarisEvaluasiTahunan;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.BarisRencanaAksi;
import id.sipeka.evaluasi.EvaluasiData.IndikatorLainLaporan;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.evaluasi.EvaluasiData.UbahRencanaAksi;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.AcuanEvaluasiLalu;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaData.IndikatorEvaluasiLalu;
import id.sipeka.renstra.ImporRenstraService;
import id.sipeka.renstra.Tingkat;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * A sub kegiatan measured by three indicators, through the rencana aksi, two signed quarters, the recap, the
 * kabupaten's dashboard, the year's evaluation with its T-C.29 lines and the LKjIP. The other unit's row
 * ({@link KecamatanSeed003#LAIN}): first indicator 4 Paket a year, TW targets 1, 1, 1, 1; second "Jumlah desa
 * dilayani" 10 Desa a year (a count), TW targets 2, 2, 3, 3; third "Persentase permintaan terlayani" 90 % (a level)
 * left without quarterly targets and without realisasi, so it has no capaian and does not count.
 * <p>
 * Realisasi: first 0,8 Paket in TW I and in TW II, second 2 Desa in TW I and 1 in TW II. By hand:
 * TW I row = mean(0,8/1 = 80 %, 2/2 = 100 %) = 90 %; TW II row = mean(80 %, 1/2 = 50 %) = 65 %;
 * s.d. TW II row = mean(1,6/4 = 40 %, 3/10 = 30 %) = 35 %.
 */
@SpringBootTest
class EvaluasiBanyakIndikatorTest {

    private static final String INDIKATOR_LAIN = """
            [{"indikator": "Jumlah desa dilayani", "satuan": "Desa", "jenis": "JUMLAH", "target": {"2026": 10}},
             {"indikator": "Persentase permintaan terlayani", "satuan": "%", "target": {"2026": 90}}]""";

    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    ImporRenstraService renstra;
    @Autowired
    LayananRenja renja;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    PemeriksaanEvaluasiService pemeriksaan;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    DasborKabupatenService dasbor;
    @Autowired
    LaporanDokumenService dokumen;
    @Autowired
    PlatformTransactionManager transaksi;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void eachFurtherIndicatorGetsItsQuartersCheckedAsTheFirstOnesInOneSave() {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN);
        Masuk.sebagai(users, k.kepalaLain());
        BarisRencanaAksi b = barisLain(k);
        assertThat(b.indikatorLain()).extracting(i -> i.urutan() + " " + i.indikator() + " " + i.jenis())
                .containsExactly("2 Jumlah desa dilayani JUMLAH", "3 Persentase permintaan terlayani TINGKAT");
        assertThat(b.indikatorLain().getFirst().target()).containsOnlyNulls();

        // a negative quarter of the second indicator is refused by name, and nothing of the save is kept
        assertThatThrownBy(() -> rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka("1", "1", "1", "1"),
                rp(), Map.of(2, angka("2", "-1", "3", "3")))))
                .isInstanceOf(AturanDilanggarException.class)
                .hasMessage(KecamatanSeed003.LAIN + " indikator ke-2 \"Jumlah desa dilayani\": target TW II tidak boleh negatif.");
        // an indicator the sub kegiatan does not have
        assertThatThrownBy(() -> rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka("1", "1", "1", "1"),
                rp(), Map.of(4, angka("1", "1", "1", "1")))))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("tidak punya indikator dengan nomor itu");
        BarisRencanaAksi tetap = barisLain(k);
        assertThat(tetap.version()).isEqualTo(b.version());
        assertThat(tetap.target()).containsOnlyNulls();

        // quarters that do not add up to the count's annual target are saved with a warning naming the indicator,
        // as the first indicator's are; the third one without quarters is warned about
        BarisRencanaAksi simpan = rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka("1", "1", "1", "1"),
                rp(), Map.of(2, angka("2", "2", "3", "2"))));
        assertThat(simpan.version()).isGreaterThan(b.version());
        assertThat(rencanaAksi.unit(k.renjaId(), k.lain()).peringatan()).containsExactly(
                KecamatanSeed003.LAIN + " indikator ke-2 \"Jumlah desa dilayani\": jumlah target TW I–IV 9 tidak sama"
                        + " dengan target tahunan 10 Desa.",
                KecamatanSeed003.LAIN + " indikator ke-3 \"Persentase permintaan terlayani\": belum ada target triwulan,"
                        + " capaiannya tidak dapat dihitung.");

        // only the second indicator's quarters change: the row's version moves on, an old version is refused
        BarisRencanaAksi lagi = rencanaAksi.simpan(new UbahRencanaAksi(simpan.id(), simpan.version(), simpan.target(),
                simpan.rp(), Map.of(2, angka("2", "2", "3", "3"))));
        assertThat(lagi.version()).isGreaterThan(simpan.version());
        assertThat(lagi.indikatorLain().getFirst().target()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("3"));
        assertThatThrownBy(() -> rencanaAksi.simpan(new UbahRencanaAksi(simpan.id(), simpan.version(), simpan.target(),
                simpan.rp(), Map.of(2, angka("1", "1", "1", "1")))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(rencanaAksi.unit(k.renjaId(), k.lain()).peringatan()).containsExactly(
                KecamatanSeed003.LAIN + " indikator ke-3 \"Persentase permintaan terlayani\": belum ada target triwulan,"
                        + " capaiannya tidak dapat dihitung.");
        // a save without the further indicators (the first's quarters only) keeps theirs
        rencanaAksi.simpan(new UbahRencanaAksi(lagi.id(), lagi.version(), lagi.target(), lagi.rp()));
        assertThat(barisLain(k).indikatorLain().getFirst().target()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("3"));
    }

    @Test
    void aRowWithSeveralIndicatorsIsMeasuredByTheirMeanInTheReportTheRecapTheYearAndTheLkjip() throws Exception {
        KecamatanSeed003 k = KecamatanSeed003.siapkanTanpaRencanaAksi(organisasi, akun, renstra, renja, users, json,
                INDIKATOR_LAIN);
        Masuk.sebagai(users, k.kepalaLain());
        BarisRencanaAksi b = barisLain(k);
        rencanaAksi.simpan(new UbahRencanaAksi(b.id(), b.version(), angka("1", "1", "1", "1"), rp(),
                Map.of(2, angka("2", "2", "3", "3"))));
        k.rencanaAksiDisetujui(rencanaAksi, users); // the first indicator's quarters again; the second's stay

        long tw1 = triwulan(k, 1, "2", 4_453_500L, 369_500L);
        long tw2 = triwulan(k, 2, "1", 6_000_000L, 0L);

        // --- the report: TW I
        Masuk.sebagai(users, k.sekcam());
        LaporanData l1 = evaluasi.laporan(tw1);
        BarisLaporan r1 = baris(l1);
        assertThat(r1.capaianTwIndikator()).isEqualByComparingTo(persen("0.8", "1"));
        IndikatorLainLaporan desa1 = r1.indikatorLain().getFirst();
        assertThat(desa1.targetTw()).isEqualByComparingTo("2");
        assertThat(desa1.capaianTw()).isEqualByComparingTo(persen("2", "2"));
        assertThat(r1.indikatorLain().get(1).capaianTw()).as("no quarterly target: no capaian").isNull();
        BigDecimal barisTw1 = rata(persen("0.8", "1"), persen("2", "2")); // 90 %
        assertThat(r1.capaianTw()).isEqualByComparingTo(barisTw1);
        assertThat(l1.ringkasan().rataKinerja()).as("the unit has this one row").isEqualByComparingTo(barisTw1);

        // --- the report: TW II, row, s.d. and predikat
        LaporanData l2 = evaluasi.laporan(tw2);
        BarisLaporan r2 = baris(l2);
        BigDecimal barisTw2 = rata(persen("0.8", "1"), persen("1", "2")); // 65 %
        assertThat(r2.capaianTw()).isEqualByComparingTo(barisTw2);
        assertThat(r2.capaianTwIndikator()).isEqualByComparingTo("80");
        BigDecimal barisSd = rata(persen("1.6", "4"), persen("3", "10")); // 35 %
        assertThat(r2.capaianSdIndikator()).isEqualByComparingTo("40");
        assertThat(r2.indikatorLain().getFirst().realisasiSd()).isEqualByComparingTo("3");
        assertThat(r2.capaianSd()).isEqualByComparingTo(barisSd);
        // 65 % rates lower than the first indicator's 80 % alone on either scale the kabupaten may use
        String predikat = l2.skala().equals(SkalaPredikat.PRESET_LAPORAN.nama()) ? "Sedang" : "Rendah";
        assertThat(r2.predikat()).isEqualTo(predikat);
        assertThat(l2.ringkasan().rataKinerja()).isEqualByComparingTo(barisTw2);
        assertThat(l2.ringkasan().predikatKinerja()).isEqualTo(predikat);

        // --- the laporan document's Tabel 3.1: the first indicator's line, each further one's, the row's mean
        byte[] docx = dokumen.docx(tw2).isi();
        assertThat(sel(docx, "Penyediaan Bahan Logistik Kantor")).containsExactly("1", "Penyediaan Bahan Logistik Kantor",
                "4 Paket", "1", "0,8", "80,00%", "40,00%", "");
        assertThat(sel(docx, "Indikator ke-2: Jumlah desa dilayani")).containsExactly("",
                "Indikator ke-2: Jumlah desa dilayani", "10 Desa", "2", "1", "50,00%", "30,00%", "");
        assertThat(sel(docx, "Indikator ke-3: Persentase permintaan terlayani")).containsExactly("",
                "Indikator ke-3: Persentase permintaan terlayani", "90 %", "", "", "–", "–", "");
        assertThat(sel(docx, "Capaian sub kegiatan (rata-rata 3 indikator)")).containsExactly("",
                "Capaian sub kegiatan (rata-rata 3 indikator)", "", "", "", "65,00%", "35,00%", predikat);

        // --- the recap s.d. TW II: the row's line, the unit's averages, seed 003's rows untouched
        Rekap rekapTw2 = rekap.rekap(k.kecamatanId(), 2026, 2, null, null);
        BarisRekap lain = sub(rekapTw2, KecamatanSeed003.LAIN);
        assertThat(lain.capaianKinerja()).isEqualByComparingTo(barisSd);
        assertThat(lain.realisasiKumulatif()).isEqualByComparingTo("1.6");
        var unitLain = rekapTw2.unit().stream().filter(u -> u.unitKerjaId() == k.lain()).findFirst().orElseThrow();
        assertThat(unitLain.triwulan().get(1).rataKinerja()).isEqualByComparingTo(barisTw1);
        assertThat(unitLain.triwulan().get(2).rataKinerja()).isEqualByComparingTo(barisTw2);
        var unitPem = rekapTw2.unit().stream().filter(u -> u.unitKerjaId() == k.pem()).findFirst().orElseThrow();
        assertThat(FormatIndonesia.persen(unitPem.triwulan().get(1).capaianKeuangan())).isEqualTo("46,14%");
        // the kecamatan's line: mean of Forum 6/12 = 50 %, Perdes 14/14 = 100 % and this row's 35 %
        BigDecimal jumlah = rata(persen("6", "12"), persen("14", "14"), barisSd);
        assertThat(rekapTw2.jumlah().capaianKinerja()).isCloseTo(jumlah, within(new BigDecimal("0.000001")));
        assertThat(FormatIndonesia.persen(jumlah)).isEqualTo("61,67%");

        // --- the kabupaten's dashboard reads the same figures in bulk
        Masuk.sebagai(users, "admin");
        long kabupatenId = organisasi.kecamatan(k.kecamatanId()).kabupatenId();
        var dasborKecamatan = dasbor.ringkasan(kabupatenId, 2026).baris().stream()
                .filter(x -> x.kecamatanId() == k.kecamatanId()).findFirst().orElseThrow();
        assertThat(dasborKecamatan.capaianKinerja()).isEqualByComparingTo(rekapTw2.jumlah().capaianKinerja());
        assertThat(dasborKecamatan.triwulan().get(2).capaianKinerja())
                .as("TW II: mean of the units' averages, Seksi Pemerintahan Umum 3/3 = 100 % (Perdes has no TW II target)")
                .isEqualByComparingTo(rata(persen("3", "3"), barisTw2));

        // --- the LKjIP's row and its unit's average
        AngkaLkjip lkjip = HitungLkjip.hitung(rekapTw2, Map.of(), Set.of(), null, "Uji", "Uji", null);
        BarisKinerja kinerja = lkjip.kinerja().stream().filter(x -> x.kode().equals(KecamatanSeed003.LAIN)).findFirst()
                .orElseThrow();
        assertThat(kinerja.capaian()).isEqualByComparingTo(barisSd);
        assertThat(lkjip.perUnit().stream().filter(u -> u.uraian().equals("Seksi Pelayanan Umum")).findFirst().orElseThrow()
                .rataKinerja()).isEqualByComparingTo(barisSd);

        // --- the year's evaluation and T-C.29 two years on: each further indicator its own line
        Masuk.sebagai(users, k.sekcam());
        new TransactionTemplate(transaksi).executeWithoutResult(x -> rekap.simpanTahunan(k.kecamatanId(), 2026, k.renjaId()));
        BarisEvaluasiTahunan tahunan = rekap.evaluasiTahunan(k.kecamatanId(), 2026).orElseThrow().stream()
                .filter(x -> x.kode().equals(KecamatanSeed003.LAIN)).findFirst().orElseThrow();
        assertThat(tahunan.capaian()).isEqualByComparingTo("40");
        assertThat(tahunan.indikatorLain()).extracting(i -> i.urutan() + " " + i.indikator())
                .containsExactly("2 Jumlah desa dilayani", "3 Persentase permintaan terlayani");
        assertThat(tahunan.indikatorLain().getFirst().realisasi()).isEqualByComparingTo("3");
        assertThat(tahunan.indikatorLain().getFirst().capaian()).isEqualByComparingTo("30");
        assertThat(tahunan.indikatorLain().get(1).realisasi()).isNull();
        assertThat(tahunan.capaianBaris()).isEqualByComparingTo(barisSd);

        List<BarisEvaluasiLalu> tc29 = rekap.evaluasiLalu(k.kecamatanId(), 2028, List.of(new AcuanEvaluasiLalu(
                KecamatanSeed003.LAIN, "Penyediaan Bahan Logistik Kantor", "Jumlah Paket", "Paket", new BigDecimal("4"),
                new BigDecimal("4"))));
        BarisEvaluasiLalu baris = tc29.getFirst();
        assertThat(baris.k6TargetN2()).isEqualByComparingTo("4");
        assertThat(baris.k7RealisasiN2()).isEqualByComparingTo("1.6");
        assertThat(baris.k8TingkatN2()).isEqualByComparingTo("40");
        assertThat(baris.indikatorLain()).hasSize(2);
        IndikatorEvaluasiLalu desa = baris.indikatorLain().getFirst();
        assertThat(desa.indikator()).isEqualTo("Jumlah desa dilayani");
        assertThat(desa.satuan()).isEqualTo("Desa");
        assertThat(desa.k6TargetN2()).isEqualByComparingTo("10");
        assertThat(desa.k7RealisasiN2()).isEqualByComparingTo("3");
        assertThat(desa.k8TingkatN2()).isEqualByComparingTo(persen("3", "10"));
        assertThat(baris.indikatorLain().get(1).k7RealisasiN2()).isNull();
    }

    /**
     * Opens quarter {@code tw}, the seksi reports seed 003's Forum 3 and Perdes 7, the other unit 0,8 Paket and
     * {@code desa} villages; both reports submitted, verified and signed. Returns the other unit's report.
     */
    private long triwulan(KecamatanSeed003 k, int tw, String desa, long rpForum, long rpPerdes) {
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, tw).id();
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        long laporanLain = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kasi());
        isi(laporanPem, KecamatanSeed003.FORUM, "3", rpForum, Map.of());
        isi(laporanPem, KecamatanSeed003.PERDES, "7", rpPerdes, Map.of());
        pengisian.ajukan(laporanPem);
        Masuk.sebagai(users, k.kepalaLain());
        isi(laporanLain, KecamatanSeed003.LAIN, "0.8", 250_000L, Map.of(2, new BigDecimal(desa)));
        pengisian.ajukan(laporanLain);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanPem);
        pemeriksaan.verifikasi(laporanLain);
        Masuk.sebagai(users, k.camat());
        LocalDate tanggal = LocalDate.of(2026, 3 * tw + 1, 9);
        pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", tanggal);
        pemeriksaan.tandaTangani(laporanLain, "Kalaena Kiri", tanggal);
        return laporanLain;
    }

    private void isi(long laporanId, String kode, String realisasi, long rp, Map<Integer, BigDecimal> lain) {
        BarisLaporan b = evaluasi.laporan(laporanId).baris().stream().filter(x -> x.kode().equals(kode)).findFirst()
                .orElseThrow();
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), new BigDecimal(realisasi), rp,
                "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null, lain));
    }

    private BarisRencanaAksi barisLain(KecamatanSeed003 k) {
        return rencanaAksi.baris(k.renjaId(), k.lain()).stream().filter(x -> x.kode().equals(KecamatanSeed003.LAIN))
                .findFirst().orElseThrow();
    }

    private static BarisLaporan baris(LaporanData l) {
        return l.baris().stream().filter(x -> x.kode().equals(KecamatanSeed003.LAIN)).findFirst().orElseThrow();
    }

    private static BarisRekap sub(Rekap r, String kode) {
        return r.baris().stream().filter(x -> x.tingkat() == Tingkat.SUB_KEGIATAN && x.kode().equals(kode)).findFirst()
                .orElseThrow();
    }

    /** realisasi / target × 100, computed here at a precision of its own. */
    private static BigDecimal persen(String realisasi, String target) {
        return new BigDecimal(realisasi).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(target), 20, RoundingMode.HALF_UP);
    }

    private static BigDecimal rata(BigDecimal... nilai) {
        return Arrays.stream(nilai).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(nilai.length), 10, RoundingMode.HALF_UP);
    }

    private static List<BigDecimal> angka(String... nilai) {
        return Arrays.stream(nilai).map(BigDecimal::new).toList();
    }

    private static List<Long> rp() {
        return Arrays.asList(250_000L, 250_000L, 250_000L, 250_000L);
    }

    /** The cell texts of Tabel 3.1's row whose second cell is {@code nama}. */
    private static List<String> sel(byte[] docx, String nama) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    List<String> sel = new ArrayList<>();
                    for (XWPFTableCell c : r.getTableCells()) {
                        sel.add(c.getText().strip());
                    }
                    // Tabel 3.1's eight columns; the budget tables name the sub kegiatan too, with rupiah
                    if (sel.size() == 8 && sel.get(1).equals(nama) && !sel.get(2).startsWith("Rp")) {
                        return sel;
                    }
                }
            }
        }
        throw new AssertionError("no row " + nama);
    }
}
