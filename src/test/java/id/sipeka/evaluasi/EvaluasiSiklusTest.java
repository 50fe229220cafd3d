package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.EvaluasiData.BarisLaporan;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.EvaluasiData.KegiatanData;
import id.sipeka.evaluasi.EvaluasiData.LaporanData;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import id.sipeka.evaluasi.EvaluasiData.UbahLaporanBaris;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaData.BarisEvaluasiLalu;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renstra.Tingkat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A quarter of evaluation driven through the services on MariaDB, with seed 003 entered as data: the figures, the
 * path unit → sekcam (a return) → unit → sekcam → camat, the recap, and the rules that guard each step.
 */
@SpringBootTest
class EvaluasiSiklusTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    PembukaanEvaluasiService pembukaan;
    @Autowired
    PemeriksaanEvaluasiService pemeriksaan;
    @Autowired
    PengisianLaporanService pengisian;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    LaporanDokumenService laporanDokumen;
    @Autowired
    RekapDokumenService rekapDokumen;
    @Autowired
    id.sipeka.renja.RenjaDokumenService renjaDokumen;
    @Autowired
    RencanaAksiService rencanaAksi;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    UserDetailsService users;
    @Autowired
    TaskService tasks;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    private KecamatanSeed003 siapkan() {
        return seed003.siapkan();
    }

    @Test
    void seed003EnteredAsDataGivesTheCorrectFiguresThroughTheWholePath() throws Exception {
        KecamatanSeed003 k = siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 1).id();
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();

        // the staf drafts, the kasi submits
        Masuk.sebagai(users, k.staf());
        isi(laporanPem, KecamatanSeed003.FORUM, 3, 4_453_500L);
        isi(laporanPem, KecamatanSeed003.PERDES, 7, 369_500L);
        pengisian.tambahKegiatan(baris(laporanPem, KecamatanSeed003.PERDES).id(),
                new KegiatanData(null, LocalDate.of(2026, 3, 15), "Argomulyo", "Asistensi APBDes Pokok 2026"));
        assertThatThrownBy(() -> pengisian.ajukan(laporanPem)).isInstanceOf(AccessDeniedException.class);

        LaporanData laporan = evaluasi.laporan(laporanPem);
        BarisLaporan forum = baris(laporanPem, KecamatanSeed003.FORUM);
        BarisLaporan perdes = baris(laporanPem, KecamatanSeed003.PERDES);
        assertThat(persen(forum.capaianTw())).isEqualTo("100,00%");
        assertThat(persen(forum.capaianSd())).isEqualTo("25,00%"); // 3 of the annual 12
        assertThat(persen(forum.capaianRpTw())).isEqualTo("99,33%"); // the seed prints 99,22%
        assertThat(persen(perdes.capaianRpTw())).isEqualTo("6,19%");
        assertThat(persen(laporan.ringkasan().rataKinerja())).isEqualTo("100,00%");
        assertThat(persen(laporan.ringkasan().capaianKeuangan())).isEqualTo("46,14%");
        assertThat(laporan.ringkasan().targetRp()).isEqualTo(10_452_500L);
        assertThat(laporan.ringkasan().realisasiRp()).isEqualTo(4_823_000L);
        assertThat(perdes.kegiatan()).extracting(KegiatanData::desa).containsExactly("Argomulyo");

        Masuk.sebagai(users, k.kasi());
        pengisian.ajukan(laporanPem);
        // the sekcam returns once, with a reason for one row
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> pemeriksaan.kembalikan(laporanPem, Map.of(), " "))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("alasan");
        pemeriksaan.kembalikan(laporanPem, Map.of(perdes.id(), "Lampirkan daftar hadir asistensi"), null);
        assertThat(evaluasi.laporan(laporanPem).status()).isEqualTo(StatusLaporan.DIKEMBALIKAN);
        assertThat(baris(laporanPem, KecamatanSeed003.PERDES).alasanKembali()).isEqualTo("Lampirkan daftar hadir asistensi");

        Masuk.sebagai(users, k.kasi());
        pengisian.unggahBukti(perdes.id(), "daftar-hadir.pdf", "%PDF-1.7\n% daftar hadir\n".getBytes());
        pengisian.ajukan(laporanPem);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanPem);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", LocalDate.of(2026, 4, 8));
        assertThat(evaluasi.laporan(laporanPem).status()).isEqualTo(StatusLaporan.DITANDATANGANI);
        assertThat(evaluasi.laporan(laporanPem).baris()).allMatch(b -> b.alasanKembali() == null);

        // the signed original: seed 003's layout with the computed figures, signed by the camat, archived once
        var pdf = laporanDokumen.pdf(laporanPem);
        assertThat(id.sipeka.dokumen.PeriksaDokumen.tandaTanganSah(pdf.isi())).isTrue();
        String teks = id.sipeka.dokumen.PeriksaDokumen.teks(pdf.isi());
        assertThat(teks).contains("PEMERINTAH KABUPATEN LUWU TIMUR", "PERJANJIAN KINERJA", "REALISASI KINERJA", "REALISASI KEUANGAN",
                "PENUTUP",
                "99,33%", "6,19%", "46,14%", "Rata-rata Capaian Kinerja", "Mengetahui");
        assertThat(teks).doesNotContain("99,22%");
        assertThat(PeriksaDokumen.pelanggaranPdfA(pdf.isi())).isEmpty();
        assertThat(laporanDokumen.pdf(laporanPem).isi()).isEqualTo(pdf.isi()); // the archived original, not a new render
        if (id.sipeka.dokumen.PeriksaDokumen.adaPdftoppm()) {
            id.sipeka.dokumen.PeriksaDokumen.gambarHalaman(pdf.isi(), java.nio.file.Path.of("target", "dokumen-png"),
                    "laporan-evaluasi-seed003", 60);
        }

        // nothing changes after the camat signs
        Masuk.sebagai(users, k.kasi());
        BarisLaporan setelah = baris(laporanPem, KecamatanSeed003.FORUM);
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(setelah.id(), setelah.version(),
                BigDecimal.TEN, 1L, null, null, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("ditandatangani");

        // the other unit: the recap waits for it
        long laporanLain = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kepalaLain());
        isi(laporanLain, KecamatanSeed003.LAIN, 1, 300_000L);
        pengisian.ajukan(laporanLain);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanLain);
        assertThat(tasks.createTaskQuery().processDefinitionKey(ProsesEvaluasi.KUNCI).processInstanceBusinessKey(String.valueOf(evaluasiId))
                .taskDefinitionKey("tandaTanganRekap").count()).isZero();
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanLain, "Kalaena Kiri", LocalDate.of(2026, 4, 9));
        assertThat(evaluasi.evaluasi(evaluasiId).status()).isEqualTo(StatusEvaluasi.REKAP);
        assertThat(evaluasi.tindakanRekap(evaluasiId)).containsExactly(Tindakan.TANDA_TANGAN_REKAP);

        Rekap r = rekap.rekap(k.kecamatanId(), 2026, 1, null, null);
        var unitPem = r.unit().stream().filter(u -> u.unitKerjaId() == k.pem()).findFirst().orElseThrow();
        assertThat(persen(unitPem.triwulan().get(1).rataKinerja())).isEqualTo("100,00%");
        assertThat(persen(unitPem.triwulan().get(1).capaianKeuangan())).isEqualTo("46,14%");
        BarisRekap subForum = r.baris().stream().filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        assertThat(subForum.realisasiKumulatif()).isEqualByComparingTo("3");
        assertThat(persen(subForum.capaianKinerja())).isEqualTo("25,00%");
        // a kegiatan line is computed from its children: money adds up, capaian keuangan is the ratio of the sums
        BarisRekap kegiatanPerdes = r.baris().stream().filter(b -> b.kode().equals("7.01.06.2.01")).findFirst().orElseThrow();
        assertThat(kegiatanPerdes.tingkat()).isEqualTo(Tingkat.KEGIATAN);
        assertThat(kegiatanPerdes.realisasiRpKumulatif()).isEqualTo(369_500L);
        assertThat(kegiatanPerdes.anggaran()).isEqualTo(11_857_500L);

        // the kecamatan's JUMLAH line equals an independent recomputation from the sub kegiatan lines
        List<BarisRekap> sub = r.baris().stream().filter(b -> b.tingkat() == Tingkat.SUB_KEGIATAN).toList();
        long rpSub = sub.stream().mapToLong(BarisRekap::realisasiRpKumulatif).sum();
        long anggaranSub = sub.stream().mapToLong(BarisRekap::anggaran).sum();
        assertThat(r.jumlah().realisasiRpKumulatif()).isEqualTo(rpSub).isEqualTo(4_453_500L + 369_500L + 300_000L);
        assertThat(persen(r.jumlah().capaianKeuangan())).isEqualTo(persen(BigDecimal.valueOf(rpSub).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(anggaranSub), 10, java.math.RoundingMode.HALF_UP)));
        assertThat(persen(r.jumlah().capaianKinerja())).isEqualTo(persen(sub.stream().map(BarisRekap::capaianKinerja)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(sub.size()), 10, java.math.RoundingMode.HALF_UP)));

        // before the signature the recap prints as a draft; there is no year's evaluation for TW I
        assertThat(PeriksaDokumen.tandaTanganSah(rekapDokumen.pdf(evaluasiId, false).isi())).isFalse();
        assertThat(rekapDokumen.pdf(evaluasiId, false).nama()).endsWith("-DRAF.pdf");
        assertThatThrownBy(() -> rekapDokumen.pdf(evaluasiId, true))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("triwulan IV");

        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTanganiRekap(evaluasiId, "Kalaena Kiri", LocalDate.of(2026, 4, 10));
        assertThat(evaluasi.evaluasi(evaluasiId).status()).isEqualTo(StatusEvaluasi.SELESAI);
        assertThat(evaluasi.evaluasi(evaluasiId).rekapJabatan()).isNotBlank();

        // the recap's signed original: produced once at the signature, PDF/A, with the screen's figures and charts
        var rekapPdf = rekapDokumen.pdf(evaluasiId, false);
        assertThat(evaluasi.evaluasi(evaluasiId).rekapArsipKode()).isNotNull();
        assertThat(PeriksaDokumen.tandaTanganSah(rekapPdf.isi())).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(rekapPdf.isi())).isEmpty();
        assertThat(rekapDokumen.pdf(evaluasiId, false).isi()).isEqualTo(rekapPdf.isi());
        String rekapTeks = PeriksaDokumen.teks(rekapPdf.isi());
        assertThat(rekapTeks).doesNotContain("PEMERINTAH LUWU TIMUR");
        assertThat(rekapTeks).contains("REKAP EVALUASI HASIL PELAKSANAAN RENJA", "TRIWULAN I TAHUN 2026", "KABUPATEN LUWU TIMUR",
                "Tabel 2.1 Rata-rata Capaian Kinerja dan Keuangan per Unit", "Gambar 2.1", "Gambar 2.2",
                "Tabel 2.2 Evaluasi Hasil Pelaksanaan Renja Tahun 2026 s.d. Triwulan I", "100,00% 46,14%", "25,00%",
                "JUMLAH", "realisasi keuangan " + FormatIndonesia.rupiah(rpSub), "PENUTUP");
        // two charts and the QR code of the signature
        assertThat(PeriksaDokumen.jumlahGambar(rekapPdf.isi())).isEqualTo(3);
        if (PeriksaDokumen.adaPdftoppm()) {
            PeriksaDokumen.gambarHalaman(rekapPdf.isi(), java.nio.file.Path.of("target", "dokumen-png"), "rekap-evaluasi-tw1", 60);
        }
        // the DOCX carries the same table: 19 columns, JUMLAH last with the same money
        try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(
                rekapDokumen.docx(evaluasiId, false).isi()))) {
            var tabel = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Kode")).findFirst().orElseThrow();
            var akhir = tabel.getRow(tabel.getNumberOfRows() - 1);
            assertThat(akhir.getCell(1).getText()).isEqualTo("JUMLAH");
            assertThat(akhir.getTableCells()).hasSize(19);
            assertThat(akhir.getCell(14).getText()).isEqualTo(FormatIndonesia.angka(BigDecimal.valueOf(rpSub)));
            assertThat(docx.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void theGuardsOfEachStep() {
        KecamatanSeed003 k = siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 2).id();
        assertThatThrownBy(() -> pembukaan.mulai(k.kecamatanId(), 2026, 2))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("sudah dimulai");
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        BarisLaporan forum = baris(laporanPem, KecamatanSeed003.FORUM);

        // only the owning unit enters realisasi: not the other unit's head, not the sekcam
        Masuk.sebagai(users, k.kepalaLain());
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(forum.id(), forum.version(), BigDecimal.ONE,
                1L, null, null, null))).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(forum.id(), forum.version(), BigDecimal.ONE,
                1L, null, null, null))).isInstanceOf(AccessDeniedException.class);

        // realisasi keuangan above the anggaran needs a note and is flagged
        Masuk.sebagai(users, k.kasi());
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(forum.id(), forum.version(), BigDecimal.valueOf(3),
                23_000_000L, null, null, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("melebihi anggaran");
        assertThat(baris(laporanPem, KecamatanSeed003.FORUM).realisasiRpTw()).isNull(); // nothing half-saved
        BarisLaporan dicatat = pengisian.simpanBaris(new UbahLaporanBaris(forum.id(), forum.version(), BigDecimal.valueOf(3),
                23_000_000L, null, null, "Termasuk pembayaran utang tahun lalu"));
        assertThat(dicatat.melebihiAnggaran()).isTrue();

        // a concurrent edit with a stale version is refused and loses nothing
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(forum.id(), forum.version(), BigDecimal.ONE,
                1L, null, null, "x"))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(baris(laporanPem, KecamatanSeed003.FORUM).realisasiTw()).isEqualByComparingTo("3");

        // negative numbers, an unknown desa, evidence that is not a PDF or image
        BarisLaporan b = baris(laporanPem, KecamatanSeed003.FORUM);
        assertThatThrownBy(() -> pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.valueOf(-1),
                1L, null, null, null))).isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> pengisian.tambahKegiatan(b.id(), new KegiatanData(null, LocalDate.of(2026, 5, 1),
                "Atlantis", "Rapat"))).isInstanceOf(AturanDilanggarException.class).hasMessageContaining("bukan desa");
        assertThatThrownBy(() -> pengisian.unggahBukti(b.id(), "laporan.pdf", "MZ\u0090\u0000 bukan pdf".getBytes()))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("bukan PDF");

        // a report with empty rows cannot be submitted
        assertThatThrownBy(() -> pengisian.ajukan(laporanPem))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("belum diisi");

        // only the camat signs
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> pemeriksaan.tandaTangani(laporanPem, "Kalaena", LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aQuarterCannotStartBeforeTheRenjaIsDitetapkanAndItsRencanaAksiApproved() {
        KecamatanSeed003 k = siapkan();
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> pembukaan.mulai(k.kecamatanId(), 2027, 1))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Renja tahun 2027 belum ditetapkan");
        long renja2027 = k.tetapkanRenja(layanan, users, 2027);
        Masuk.sebagai(users, k.sekcam());
        assertThatThrownBy(() -> pembukaan.mulai(k.kecamatanId(), 2027, 1))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Rencana aksi Renja 2027 belum disetujui");
        // the kasi's rencana aksi warns (never blocks) when the quarters do not add up
        Masuk.sebagai(users, k.kasi());
        var baris = rencanaAksi.baris(renja2027, k.pem());
        var b = baris.getFirst();
        rencanaAksi.simpan(new EvaluasiData.UbahRencanaAksi(b.id(), b.version(), KecamatanSeed003.angka(1, 1, 1, 1),
                java.util.Arrays.asList(1L, 1L, 1L, 1L)));
        assertThat(rencanaAksi.unit(renja2027, k.pem()).peringatan())
                .anyMatch(p -> p.contains("jumlah target TW I–IV 4 tidak sama dengan target tahunan"))
                .anyMatch(p -> p.contains("jumlah Rp TW I–IV Rp 4 tidak sama dengan anggaran"));
        // only the sekcam approves
        assertThatThrownBy(() -> rencanaAksi.setujui(renja2027, k.pem())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTwIvRecapBecomesEvaluasiTahunNAndFillsBabIIOfTheRenjaTwoYearsLater() {
        KecamatanSeed003 k = siapkan();
        Masuk.sebagai(users, k.sekcam());
        long evaluasiId = pembukaan.mulai(k.kecamatanId(), 2026, 4).id();
        long laporanPem = evaluasi.laporanId(evaluasiId, k.pem()).orElseThrow();
        long laporanLain = evaluasi.laporanId(evaluasiId, k.lain()).orElseThrow();
        Masuk.sebagai(users, k.kasi());
        isi(laporanPem, KecamatanSeed003.FORUM, 3, 6_000_000L);
        isi(laporanPem, KecamatanSeed003.PERDES, 7, 5_000_000L);
        pengisian.ajukan(laporanPem);
        Masuk.sebagai(users, k.kepalaLain());
        isi(laporanLain, KecamatanSeed003.LAIN, 1, 250_000L);
        pengisian.ajukan(laporanLain);
        Masuk.sebagai(users, k.sekcam());
        pemeriksaan.verifikasi(laporanPem);
        pemeriksaan.verifikasi(laporanLain);
        Masuk.sebagai(users, k.camat());
        pemeriksaan.tandaTangani(laporanPem, "Kalaena Kiri", LocalDate.of(2027, 1, 8));
        pemeriksaan.tandaTangani(laporanLain, "Kalaena Kiri", LocalDate.of(2027, 1, 8));
        pemeriksaan.tandaTanganiRekap(evaluasiId, "Kalaena Kiri", LocalDate.of(2027, 1, 10));

        // TW IV: the recap and the year's evaluation, both signed and archived at the recap signature
        var tahunanPdf = rekapDokumen.pdf(evaluasiId, true);
        assertThat(PeriksaDokumen.tandaTanganSah(tahunanPdf.isi())).isTrue();
        assertThat(PeriksaDokumen.tandaTanganSah(rekapDokumen.pdf(evaluasiId, false).isi())).isTrue();
        String tahunanTeks = PeriksaDokumen.teks(tahunanPdf.isi());
        assertThat(tahunanTeks).contains("EVALUASI HASIL PELAKSANAAN RENJA", "TAHUN 2026",
                "Tabel 2.2 Evaluasi Hasil Pelaksanaan Renja Tahun 2026", "T-C.29");
        // the forum row: target 12, realisasi 3 (the year's sum), 25,00% — the figures the next Renja takes
        assertThat(tahunanTeks).containsPattern(KecamatanSeed003.FORUM.replace(".", "\\.") + ".*? 12 3 25,00%");
        if (PeriksaDokumen.adaPdftoppm()) {
            PeriksaDokumen.gambarHalaman(tahunanPdf.isi(), java.nio.file.Path.of("target", "dokumen-png"), "evaluasi-tahunan-2026", 60);
        }

        var tahunan = rekap.evaluasiTahunan(k.kecamatanId(), 2026).orElseThrow();
        var forum = tahunan.stream().filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        assertThat(forum.target()).isEqualByComparingTo("12");
        assertThat(forum.realisasi()).isEqualByComparingTo("3");

        // the Renja 2028 (prepared in 2027) shows 2026 as "tahun lalu" in its T-C.29 table
        Masuk.sebagai(users, k.sekcam());
        long renja2028 = layanan.pembukaan().buka(k.kecamatanId(), 2028, new id.sipeka.renja.Batas(LocalDate.now().plusDays(10),
                LocalDate.now().plusDays(15), LocalDate.now().plusDays(25), LocalDate.now().plusDays(30))).id();
        List<BarisEvaluasiLalu> tc29 = renja.evaluasiTahunLalu(renja2028);
        BarisEvaluasiLalu baris = tc29.stream().filter(b -> b.kode().equals(KecamatanSeed003.FORUM)).findFirst().orElseThrow();
        assertThat(baris.k6TargetN2()).isEqualByComparingTo("12");
        assertThat(baris.k7RealisasiN2()).isEqualByComparingTo("3");
        assertThat(persen(baris.k8TingkatN2())).isEqualTo("25,00%");
        assertThat(baris.k4TargetAkhir()).isEqualByComparingTo("12");
        // and the Renja document's Tabel 2.1 (T-C.29) prints the same row
        var tabel = renjaDokumen.dokumen(renja2028).tabel().stream().filter(t -> t.nomor().equals("Tabel 2.1")).findFirst().orElseThrow();
        var sel = tabel.baris().stream().filter(b -> b.sel().getFirst().teks().equals(KecamatanSeed003.FORUM)).findFirst()
                .orElseThrow().sel().stream().map(id.sipeka.dokumen.Sel::teks).toList();
        assertThat(sel.subList(5, 8)).containsExactly("12 Dokumen", "3 Dokumen", "25,00%");
    }

    private void isi(long laporanId, String kode, int realisasi, long rp) {
        BarisLaporan b = baris(laporanId, kode);
        pengisian.simpanBaris(new UbahLaporanBaris(b.id(), b.version(), BigDecimal.valueOf(realisasi), rp,
                "Tidak ada kendala berarti", "Dilanjutkan triwulan berikutnya", null));
    }

    private BarisLaporan baris(long laporanId, String kode) {
        return evaluasi.laporan(laporanId).baris().stream().filter(b -> b.kode().equals(kode)).findFirst().orElseThrow();
    }

    private static String persen(BigDecimal nilai) {
        return FormatIndonesia.persen(nilai);
    }
}
