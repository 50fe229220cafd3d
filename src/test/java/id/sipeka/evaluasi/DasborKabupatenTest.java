package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.HitungPernyataan;
import id.sipeka.Masuk;
import id.sipeka.dokumen.GrafikBatang;
import id.sipeka.evaluasi.EvaluasiData.BarisDasbor;
import id.sipeka.evaluasi.EvaluasiData.BarisMatriks;
import id.sipeka.evaluasi.EvaluasiData.Berkas;
import id.sipeka.evaluasi.EvaluasiData.DasborKabupaten;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.SelDasbor;
import id.sipeka.evaluasi.EvaluasiData.SelMatriks;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Tahap;
import id.sipeka.security.Peran;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The kabupaten's dashboard on MariaDB: two kecamatan of one kabupaten (one with two signed quarters, one with a
 * signed quarter and the next just started) and one of another kabupaten that must not appear. Every figure equals
 * the recap's (the JUMLAH line up to the latest started quarter, the chart per TW) and every count the completeness
 * matrix's; only the kabupaten's viewer and the admin see it; the statements do not grow with the kecamatan.
 */
@SpringBootTest
class DasborKabupatenTest {

    /** The scale benchmark's goal per dashboard call. */
    static final int BATAS_PERNYATAAN = 20;
    private static final AtomicLong NOMOR = new AtomicLong(System.nanoTime() % 100000);

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    DasborKabupatenService dasbor;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theDashboardShowsTheRecapsFiguresForEveryKecamatanOfTheKabupatenOnly() {
        KecamatanSeed003 satu = seed003.siapkan();
        seed003.triwulanDitandatangani(satu, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));
        long tw2Satu = seed003.triwulanDitandatangani(satu, 2, 5_000_000L, 2_000_000L, 250_000L, LocalDate.of(2026, 7, 9))
                .evaluasiId();
        KecamatanSeed003 dua = seed003.siapkan();
        seed003.triwulanDitandatangani(dua, 1, 1_000_000L, 500_000L, 100_000L, LocalDate.of(2026, 4, 9));
        Masuk.sebagai(users, dua.sekcam());
        long tw2Dua = pembukaan.mulai(dua.kecamatanId(), 2026, 2).id(); // started, nothing reported yet
        Masuk.sebagai(users, "admin");
        long kabupaten = organisasi.kecamatan(satu.kecamatanId()).kabupatenId();
        String kode = "DK" + NOMOR.incrementAndGet();
        long kabupatenLain = organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten Lain " + kode, 0)).id();
        long kecamatanLain = organisasi.simpanKecamatan(new KecamatanData(null, kabupatenLain, null, kode, "Lain " + kode,
                "Lain", 0)).id();
        String viewer = kode.toLowerCase() + ".viewer";
        String viewerLain = kode.toLowerCase() + ".viewer.lain";
        akun.buat(viewer, KecamatanSeed003.SANDI, Peran.VIEWER_KABUPATEN, null, kabupaten);
        akun.buat(viewerLain, KecamatanSeed003.SANDI, Peran.VIEWER_KABUPATEN, null, kabupatenLain);

        Masuk.sebagai(users, viewer);
        DasborKabupaten d = dasbor.ringkasan(kabupaten, 2026);
        assertThat(d.baris()).extracting(BarisDasbor::kecamatanId)
                .contains(satu.kecamatanId(), dua.kecamatanId()).doesNotContain(kecamatanLain);
        BarisDasbor barisSatu = baris(d, satu.kecamatanId());
        BarisDasbor barisDua = baris(d, dua.kecamatanId());

        // the year so far goes up to the latest started quarter; the drill-down opens that quarter's recap
        assertThat(barisSatu.sampaiTriwulan()).isEqualTo(2);
        assertThat(barisSatu.evaluasiIdRekap()).isEqualTo(tw2Satu);
        assertThat(barisDua.sampaiTriwulan()).isEqualTo(2);
        assertThat(barisDua.evaluasiIdRekap()).isEqualTo(tw2Dua);
        for (BarisDasbor b : List.of(barisSatu, barisDua)) {
            samaDenganRekap(b);
            samaDenganMatriks(b);
            assertThat(b.renja().tahap()).isEqualTo(Tahap.DITETAPKAN);
            assertThat(b.renjaBerikut()).isNull();
        }
        // seed 003's figures, to make sure the comparison compares something: TW I of the first kecamatan
        SelDasbor tw1 = barisSatu.triwulan().get(1);
        assertThat(List.of(tw1.laporan(), tw1.lengkap(), tw1.ditandatangani())).containsExactly(2, 2, 2);
        assertThat(barisSatu.capaianKinerja()).isNotNull();
        assertThat(barisDua.triwulan().get(2)).satisfies(s -> {
            assertThat(List.of(s.laporan(), s.lengkap(), s.ditandatangani())).containsExactly(2, 0, 0);
            assertThat(s.capaianKinerja()).isNull();
            assertThat(s.predikatKinerja()).isEqualTo("–");
        });
        assertThat(barisDua.triwulan()).doesNotContainKeys(3, 4);

        // ranked by capaian kinerja: the better kecamatan has the smaller number, the list runs in rank order
        assertThat(barisSatu.peringkat()).isNotNull();
        assertThat(barisDua.peringkat()).isNotNull();
        int banding = Capaian.bulat(barisSatu.capaianKinerja()).compareTo(Capaian.bulat(barisDua.capaianKinerja()));
        if (banding != 0) {
            assertThat(Integer.compare(barisSatu.peringkat(), barisDua.peringkat())).isEqualTo(-banding);
        }
        List<Integer> peringkat = d.baris().stream().map(BarisDasbor::peringkat).filter(Objects::nonNull).toList();
        assertThat(peringkat).isSorted().startsWith(1);

        // the chart draws the ranked kecamatan with the same figures
        GrafikBatang.Data grafik = GrafikRekap.perKecamatan(d).orElseThrow();
        int i = grafik.kategori().indexOf(barisSatu.kecamatanNama());
        assertThat(grafik.seri().getFirst().nilai().get(i)).isEqualTo(barisSatu.capaianKinerja());
        assertThat(grafik.seri().get(1).nilai().get(i)).isEqualTo(barisSatu.capaianKeuangan());
    }

    @Test
    void onlyTheKabupatensViewerAndTheAdminSeeTheDashboardAndItsSpreadsheet() throws Exception {
        KecamatanSeed003 k = seed003.siapkan();
        seed003.triwulanDitandatangani(k, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));
        Masuk.sebagai(users, "admin");
        long kabupaten = organisasi.kecamatan(k.kecamatanId()).kabupatenId();
        String kode = "DK" + NOMOR.incrementAndGet();
        long kabupatenLain = organisasi.simpanKabupaten(new KabupatenData(null, kode, "Kabupaten Lain " + kode, 0)).id();
        String viewer = kode.toLowerCase() + ".viewer";
        String viewerLain = kode.toLowerCase() + ".viewer.lain";
        akun.buat(viewer, KecamatanSeed003.SANDI, Peran.VIEWER_KABUPATEN, null, kabupaten);
        akun.buat(viewerLain, KecamatanSeed003.SANDI, Peran.VIEWER_KABUPATEN, null, kabupatenLain);
        assertThat(dasbor.ringkasan(kabupaten, 2026).baris()).extracting(BarisDasbor::kecamatanId).contains(k.kecamatanId());

        for (String orang : List.of(k.camat(), k.sekcam(), k.kasi(), viewerLain)) {
            Masuk.sebagai(users, orang);
            assertThatThrownBy(() -> dasbor.ringkasan(kabupaten, 2026)).as(orang).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dasbor.xlsx(kabupaten, 2026)).as(orang).isInstanceOf(AccessDeniedException.class);
        }
        Masuk.keluar();
        assertThatThrownBy(() -> dasbor.ringkasan(kabupaten, 2026)).isInstanceOf(AccessDeniedException.class);

        // the spreadsheet holds the same rows with numbers as numbers
        Masuk.sebagai(users, viewer);
        BarisDasbor b = baris(dasbor.ringkasan(kabupaten, 2026), k.kecamatanId());
        Berkas xlsx = dasbor.xlsx(kabupaten, 2026);
        assertThat(xlsx.nama()).endsWith("-2026.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.isi()))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter teks = new DataFormatter();
            Row baris = null;
            for (Row r : sheet) {
                if (r.getCell(1) != null && teks.formatCellValue(r.getCell(1)).equals(b.kecamatanNama())) {
                    baris = r;
                }
            }
            assertThat(baris).as("the kecamatan's row").isNotNull();
            assertThat(baris.getCell(0).getNumericCellValue()).isEqualTo(b.peringkat().doubleValue());
            assertThat(baris.getCell(2).getNumericCellValue()).isEqualTo(2.0); // TW I: two reports
            assertThat(baris.getCell(5).getNumericCellValue()).isEqualTo(2.0); // both signed
            // after TW I–IV (4 × 6 columns): s.d. TW, capaian kinerja (a fraction shown as percent), its predikat
            assertThat(baris.getCell(27).getNumericCellValue()).isCloseTo(b.capaianKinerja().movePointLeft(2).doubleValue(),
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(teks.formatCellValue(baris.getCell(28))).isEqualTo(b.predikatKinerja());
        }
    }

    @Test
    void theDashboardSendsTheSameStatementsWhateverTheNumberOfKecamatan() {
        KecamatanSeed003 satu = seed003.siapkan();
        seed003.triwulanDitandatangani(satu, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));
        Masuk.sebagai(users, "admin");
        long kabupaten = organisasi.kecamatan(satu.kecamatanId()).kabupatenId();
        var sebelum = HitungPernyataan.tel(() -> dasbor.ringkasan(kabupaten, 2026));

        KecamatanSeed003 dua = seed003.siapkan();
        seed003.triwulanDitandatangani(dua, 1, 1_000_000L, 500_000L, 100_000L, LocalDate.of(2026, 4, 9));
        seed003.triwulanDitandatangani(dua, 2, 1_000_000L, 500_000L, 100_000L, LocalDate.of(2026, 7, 9));
        Masuk.sebagai(users, "admin");
        var sesudah = HitungPernyataan.tel(() -> dasbor.ringkasan(kabupaten, 2026));
        System.out.printf("Pernyataan per dasbor kabupaten: %d kecamatan %d, %d kecamatan %d%n",
                sebelum.nilai().baris().size(), sebelum.pernyataan(), sesudah.nilai().baris().size(), sesudah.pernyataan());

        assertThat(sesudah.nilai().baris()).hasSize(sebelum.nilai().baris().size() + 1);
        assertThat(sesudah.pernyataan()).as(sesudah.ringkasan()).isLessThanOrEqualTo(BATAS_PERNYATAAN)
                .isEqualTo(sebelum.pernyataan());
    }

    /** The recap's own figures for the same kecamatan and quarters, read as the viewer through the recap's service. */
    private void samaDenganRekap(BarisDasbor b) {
        Rekap r = rekap.rekap(b.kecamatanId(), 2026, b.sampaiTriwulan(), null, null);
        assertThat(b.capaianKinerja()).as(b.kecamatanNama()).isEqualTo(r.jumlah().capaianKinerja());
        assertThat(b.predikatKinerja()).isEqualTo(r.jumlah().predikat());
        assertThat(b.capaianKeuangan()).isEqualTo(r.jumlah().capaianKeuangan());
        GrafikBatang.Data perTw = GrafikRekap.perTriwulan(r).orElseThrow();
        for (int tw = 1; tw <= b.sampaiTriwulan(); tw++) {
            SelDasbor s = b.triwulan().get(tw);
            BigDecimal kinerja = perTw.seri().get(0).nilai().get(tw - 1);
            BigDecimal keuangan = perTw.seri().get(1).nilai().get(tw - 1);
            assertThat(s.capaianKinerja()).as("TW %d kinerja", tw).isEqualTo(kinerja);
            assertThat(s.capaianKeuangan()).as("TW %d keuangan", tw).isEqualTo(keuangan);
        }
        // the recap for the quarter the drill-down opens is the same recap
        assertThat(evaluasi.evaluasi(b.evaluasiIdRekap()).triwulan()).isEqualTo(b.sampaiTriwulan());
    }

    /** Counts per quarter equal the completeness matrix's cells. */
    private void samaDenganMatriks(BarisDasbor b) {
        List<BarisMatriks> matriks = evaluasi.matriks(b.kecamatanId(), 2026);
        for (int tw = 1; tw <= 4; tw++) {
            int t = tw;
            List<SelMatriks> sel = matriks.stream().map(m -> m.triwulan().get(t)).filter(Objects::nonNull).toList();
            SelDasbor s = b.triwulan().get(tw);
            if (sel.isEmpty()) {
                assertThat(s).isNull();
                continue;
            }
            assertThat(s.laporan()).isEqualTo(sel.size());
            assertThat(s.ditandatangani()).isEqualTo((int) sel.stream().filter(x -> x.status() == StatusLaporan.DITANDATANGANI).count());
            assertThat(s.lengkap()).isEqualTo((int) sel.stream().filter(x -> x.status() == StatusLaporan.DIAJUKAN
                    || x.status() == StatusLaporan.DIVERIFIKASI || x.status() == StatusLaporan.DITANDATANGANI).count());
            assertThat(s.terlambat()).isEqualTo((int) sel.stream().filter(SelMatriks::terlambat).count());
        }
    }

    private static BarisDasbor baris(DasborKabupaten d, long kecamatanId) {
        return d.baris().stream().filter(b -> b.kecamatanId() == kecamatanId).findFirst().orElseThrow();
    }
}
