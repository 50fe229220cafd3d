package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.HasilPencocokan;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.PegawaiData;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PosisiPlt;
import id.sipeka.renja.RenjaData.BerkasDokumen;
import id.sipeka.security.Peran;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo Renja 2029 of Kalaena as documents, on MariaDB: drafts at every stage, the camat's signed penetapan
 * (signature valid, QR code to the verification page, the regulation's table headers, totals that add up), the
 * berita acara signed by the sekcam with the uploaded scan archived, a perubahan with its Jumlah Perubahan, the
 * yearly archive ZIP, and refusal outside the kecamatan. PDFs and page images go to target/dokumen-renja/ and
 * target/dokumen-png/ for a person to look at.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RenjaDokumenTest {

    static final int TAHUN = 2029;
    static final LocalDate DITETAPKAN = LocalDate.of(2028, 6, 30);
    static final Path KELUARAN = Path.of("target", "dokumen-renja");

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    RenjaDokumenService dokumenRenja;
    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    RenjaLengkapUji uji;
    long id;
    long perubahanId;
    final Map<String, byte[]> untukDilihat = new LinkedHashMap<>();

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void everyStageBeforePenetapanDownloadsAsAnUnsignedDraft() throws Exception {
        uji = new RenjaLengkapUji(layanan, organisasi, users);
        id = uji.buka(TAHUN);
        draf("Rancangan Awal", "renja-1-rancangan-awal-draf");
        uji.isiSemuaBagian(id);
        uji.reviewRkpd(id);
        draf("Rancangan", "renja-2-rancangan-draf");
        uji.forum(id);
        uji.revisiDanRancanganAkhir(id);
        byte[] pdf = draf("Rancangan Akhir", "renja-3-rancangan-akhir-draf");

        String teks = PeriksaDokumen.teks(pdf);
        assertThat(teks).contains("RANCANGAN AKHIR", "KATA PENGANTAR", "CAMAT KALAENA,", "H. Marsuki, S.Pd., M.M.")
                .doesNotContain("Ditandatangani secara elektronik");
        Masuk.sebagai(users, "kasi.pem");
        BerkasDokumen docx = dokumenRenja.docx(id);
        BerkasDokumen xlsx = dokumenRenja.xlsx(id);
        assertThat(docx.namaBerkas()).isEqualTo("Renja-Kecamatan-Kalaena-2029-Rancangan-Akhir-DRAF.docx");
        assertThat(docx.isi()).startsWith('P', 'K');
        assertThat(xlsx.namaBerkas()).endsWith("-DRAF.xlsx");
        assertThat(dokumen.arsip(uji.kalaena())).noneMatch(a -> a.jenis().equals("Renja") && a.tahun() == TAHUN);
    }

    private byte[] draf(String tahap, String nama) {
        Masuk.sebagai(users, "kasi.pem");
        BerkasDokumen pdf = dokumenRenja.pdf(id);
        assertThat(pdf.namaBerkas()).isEqualTo(("Renja-Kecamatan-Kalaena-" + TAHUN + "-" + tahap + "-DRAF.pdf").replace(' ', '-'));
        assertThat(PeriksaDokumen.tandaTanganSah(pdf.isi())).isFalse();
        assertThat(PeriksaDokumen.teks(pdf.isi())).contains("DRAF", tahap.toUpperCase());
        untukDilihat.put(nama, pdf.isi());
        Masuk.keluar();
        return pdf.isi();
    }

    @Test
    @Order(2)
    void aPenetapanThatCannotBeSignedLeavesTheRenjaWaitingForIt() {
        // An acting camat for today without a NIP on record: there is no key to sign with.
        Masuk.sebagai(users, "admin");
        long kalaena = uji.kalaena();
        long unit = organisasi.unit(kalaena).stream().filter(u -> u.kode().equals("SEKSI-PEM")).findFirst().orElseThrow().id();
        PegawaiData tanpaNip = organisasi.simpanPegawai(new PegawaiData(null, kalaena, unit, "Pejabat Tanpa NIP", null, null,
                "Pengadministrasi Umum", 0));
        akun.buat("plt.tanpa.nip", "sandi-uji-panjang", Peran.STAF, tanpaNip.id(), null);
        LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Makassar"));
        organisasi.simpanPenugasan(new PenugasanData(null, kalaena, tanpaNip.id(), "Plt.", PosisiPlt.CAMAT, null, hariIni,
                hariIni, "SK uji", 0));

        Masuk.sebagai(users, "plt.tanpa.nip");
        assertThatThrownBy(() -> penetapan.tetapkan(id, "Kalaena Kiri", DITETAPKAN)).isInstanceOf(AturanDilanggarException.class)
                .hasMessageContaining("NIP");

        Masuk.sebagai(users, "sekcam");
        assertThat(renja.ringkas(id).tahap()).isEqualTo(Tahap.PENETAPAN);
        assertThat(renja.ringkas(id).penetapanArsipKode()).isNull();
        assertThat(renja.langkahSaatIni(id)).containsExactly("Penetapan oleh camat");
        assertThat(dokumen.arsip(kalaena)).noneMatch(a -> a.jenis().equals("Renja") && a.tahun() == TAHUN);
    }

    @Test
    @Order(3)
    void theCamatSignsOnceAndTheDownloadIsTheSignedOriginalWithItsQrCode() throws Exception {
        uji.tetapkan(id, DITETAPKAN);

        Masuk.sebagai(users, "kasi.pmd");
        var ringkas = renja.ringkas(id);
        assertThat(ringkas.tahap()).isEqualTo(Tahap.DITETAPKAN);
        BerkasDokumen pdf = dokumenRenja.pdf(id);
        byte[] asli = dokumen.unduh(ringkas.penetapanArsipKode()).isi();
        assertThat(pdf.isi()).isEqualTo(asli);
        assertThat(PeriksaDokumen.tandaTanganSah(asli)).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(asli)).isEmpty(); // veraPDF: still PDF/A-2b once signed
        assertThat(PeriksaDokumen.penandatangan(asli)).contains("H. Marsuki, S.Pd., M.M.");

        ArsipDokumen arsip = dokumen.arsip(uji.kalaena()).stream().filter(a -> a.kode().equals(ringkas.penetapanArsipKode()))
                .findFirst().orElseThrow();
        assertThat(arsip.jenis()).isEqualTo("Renja");
        assertThat(arsip.tahap()).isEqualTo("Penetapan");
        assertThat(arsip.versi()).isEqualTo(1);
        assertThat(arsip.tahun()).isEqualTo(TAHUN);
        assertThat(arsip.jabatanPenandatangan()).isEqualTo("CAMAT KALAENA");
        assertThat(arsip.sha256()).isEqualTo(sha256(asli));
        assertThat(pdf.namaBerkas()).isEqualTo(arsip.namaBerkas());

        String teks = PeriksaDokumen.teks(asli);
        assertThat(teks).contains("KATA PENGANTAR", "Kalaena Kiri, 30 Juni 2028", "CAMAT KALAENA,", "H. Marsuki, S.Pd., M.M.",
                "Pangkat/Gol. : Pembina Tingkat I, IV/b", "NIP : 19770329 200801 1 008", "Ditandatangani secara elektronik",
                "BAB I", "BAB V", "PENUTUP").doesNotContain("DRAF");
        // the secretariat's text, markup and all, is printed as characters
        assertThat(teks).contains("Teks <script>alert('x')</script> & <b>tebal</b> tetap teks.");
        assertThat(PeriksaDokumen.jumlahHalaman(asli)).isGreaterThan(30);

        String qr = PeriksaDokumen.kodeQr(asli, 4).orElseThrow();
        assertThat(qr).isEqualTo("http://localhost:8080/verifikasi/" + arsip.kode());
        Masuk.keluar();
        var publik = dokumen.infoPublik(qr.substring(qr.lastIndexOf('/') + 1)).orElseThrow();
        assertThat(publik.judul()).isEqualTo("Rencana Kerja Kecamatan Kalaena Tahun 2029");
        assertThat(publik.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        assertThat(publik.sha256()).isEqualTo(arsip.sha256());
        untukDilihat.put("renja-4-ditetapkan-bertanda-tangan", asli);
    }

    @Test
    @Order(4)
    void aChangedByteFailsVerification() {
        Masuk.sebagai(users, "camat");
        String kode = renja.ringkas(id).penetapanArsipKode();
        byte[] asli = dokumen.unduh(kode).isi();
        byte[] diubah = asli.clone();
        diubah[asli.length / 3] ^= 0x01;
        assertThat(PeriksaDokumen.tandaTanganSah(diubah)).isFalse();
        Masuk.keluar();
        assertThat(dokumen.cocokkan(kode, new ByteArrayInputStream(diubah))).isInstanceOf(HasilPencocokan.TidakCocok.class);
        assertThat(dokumen.cocokkan(kode, new ByteArrayInputStream(asli))).isInstanceOf(HasilPencocokan.Cocok.class);
    }

    @Test
    @Order(5)
    void theTablesCarryTheRegulationHeadersAndTheirTotalsAreTheSumsOfTheRows() throws Exception {
        Masuk.sebagai(users, "sekcam");
        Map<String, TabelDibaca> tabel = TabelDibaca.dariDocx(dokumenRenja.docx(id).isi());
        long total = RenjaData.Jumlah.total(renja.jumlah(id)).pagu();
        long totalBaris = renja.baris(id).stream().mapToLong(b -> b.pagu() == null ? 0 : b.pagu()).sum();
        assertThat(total).isEqualTo(totalBaris);
        assertThat(tabel.keySet()).containsExactly("Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 3.1", "Tabel 4.1");

        TabelDibaca tc29 = tabel.get("Tabel 2.1");
        assertThat(tc29.kolom()).isEqualTo(11);
        assertThat(tc29.baris().get(0)).containsExactly("Kode", "Program/Kegiatan/Sub Kegiatan",
                "Indikator Kinerja Program (Outcome)/Kegiatan (Output)", "Target Kinerja Capaian Renstra Akhir Periode (2029)",
                "Realisasi Capaian Kinerja Renstra s/d Tahun 2026 (n-3)", "Target dan Realisasi Kinerja Renja Tahun 2027 (n-2)",
                "Target Renja Tahun 2028 (n-1)", "Perkiraan Realisasi Capaian Renstra s/d Tahun 2028");
        assertThat(tc29.baris().get(1)).containsSubsequence("Target Renja", "Realisasi Renja", "Tingkat Realisasi (%)",
                "Realisasi Capaian", "Tingkat Capaian (%)");
        assertThat(tc29.baris().get(2)).containsExactly("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)=(7/6)", "(9)",
                "(10)=(5+7+9)", "(11)=(10/4)");
        // no evaluation recorded yet: realisasi cells empty, Renstra targets filled
        List<String> subPertama = tc29.barisSubKegiatan(0).getFirst();
        assertThat(subPertama.get(3)).isNotEmpty();
        assertThat(subPertama.subList(4, 8)).containsOnly("");

        TabelDibaca tc31 = tabel.get("Tabel 2.2");
        assertThat(tc31.kolom()).isEqualTo(12);
        assertThat(tc31.baris().get(0)).containsExactly("Kode", "Rancangan Awal RKPD", "Hasil Analisis Kebutuhan", "Catatan Penting");
        assertThat(tc31.baris().get(1)).containsSubsequence("Program/Kegiatan/Sub Kegiatan", "Lokasi", "Indikator Kinerja",
                "Target Capaian", "Pagu Indikatif (Rp)", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Indikator Kinerja",
                "Target Capaian", "Kebutuhan Dana (Rp)");
        assertThat(TabelDibaca.rupiah(tc31.terakhir().get(tc31.terakhir().size() - 2))).isEqualTo(total);
        assertThat(tc31.baris()).anyMatch(r -> r.contains("Kebutuhan dana lebih besar dari rancangan awal RKPD."));

        TabelDibaca tc32 = tabel.get("Tabel 2.3");
        assertThat(tc32.baris().get(0)).containsExactly("No", "Program/Kegiatan/Sub Kegiatan", "Lokasi", "Indikator Kinerja",
                "Besaran/Volume", "Catatan");
        assertThat(tc32.baris()).hasSize(2 + 3);
        assertThat(tc32.baris()).anyMatch(r -> r.get(2).equals("Desa Mekarsari") && r.get(1).contains("<b>tahap II</b>")
                && r.get(5).equals("Musrenbang desa. Diterima: Sesuai prioritas kecamatan."));

        TabelDibaca tc33 = tabel.get("Tabel 3.1");
        assertThat(tc33.judul()).isEqualTo("Tabel 3.1 Rumusan Rencana Program dan Kegiatan Kecamatan Kalaena Tahun 2029 dan "
                + "Prakiraan Maju Tahun 2030");
        assertThat(tc33.kolom()).isEqualTo(10);
        assertThat(tc33.baris().get(0)).containsExactly("Kode", "Program/Kegiatan/Sub Kegiatan", "Lokasi",
                "Indikator Kinerja Program/Kegiatan/Sub Kegiatan", "Rencana Tahun 2029 (N)", "Catatan Penting",
                "Prakiraan Maju Tahun 2030 (N+1)");
        assertThat(tc33.baris().get(1)).containsSubsequence("Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif (Rp)",
                "Sumber Dana", "Target Capaian Kinerja", "Kebutuhan Dana (Rp)");
        List<List<String>> sub = tc33.barisSubKegiatan(0);
        assertThat(sub).hasSize(44);
        List<String> totalBarisTabel = tc33.terakhir();
        assertThat(totalBarisTabel.getFirst()).isEqualTo("TOTAL");
        assertThat(TabelDibaca.rupiah(totalBarisTabel.get(1))).isEqualTo(total)
                .isEqualTo(sub.stream().mapToLong(r -> TabelDibaca.rupiah(r.get(5))).sum());
        long totalMaju = TabelDibaca.rupiah(totalBarisTabel.getLast());
        assertThat(totalMaju).isPositive().isEqualTo(sub.stream().mapToLong(r -> TabelDibaca.rupiah(r.get(9))).sum());
        List<List<String>> program = tc33.baris().stream().filter(r -> r.getFirst().matches("7\\.01\\.\\d{2}")).toList();
        assertThat(program).hasSize(6);
        assertThat(program.stream().mapToLong(r -> TabelDibaca.rupiah(r.get(5))).sum()).isEqualTo(total);

        TabelDibaca alokasi = tabel.get("Tabel 4.1");
        assertThat(alokasi.kolom()).isEqualTo(5);
        assertThat(alokasi.baris().get(0)).containsExactly("No", "Program/Kegiatan/Sub Kegiatan", "Rencana Tahun 2029 (N)");
        assertThat(alokasi.baris().get(1)).containsSubsequence("Target Capaian Kinerja", "Pagu Indikatif (Rp)", "Sumber Dana");
        assertThat(alokasi.terakhir().getFirst()).isEqualTo("JUMLAH");
        assertThat(TabelDibaca.rupiah(alokasi.terakhir().get(1))).isEqualTo(total);

        // in the PDF, compared without spaces: header cells wrap wherever their column is narrow
        String rapat = PeriksaDokumen.teks(dokumen.unduh(renja.ringkas(id).penetapanArsipKode()).isi()).replace(" ", "");
        assertThat(rapat).contains("Tabel3.1RumusanRencanaProgramdanKegiatan", "KodeProgram/Kegiatan/SubKegiatanLokasi",
                ("TOTAL" + FormatIndonesia.rupiah(total) + FormatIndonesia.rupiah(totalMaju)).replace(" ", ""),
                ("JUMLAH" + FormatIndonesia.rupiah(total)).replace(" ", ""));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(dokumenRenja.xlsx(id).isi()))) {
            XSSFSheet lembar = wb.getSheet("Tabel 3.1");
            double jumlahSub = 0;
            double totalXlsx = 0;
            for (Row r : lembar) {
                String kode = r.getCell(0) == null ? "" : r.getCell(0).toString();
                if (kode.matches("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}") && r.getCell(5).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    jumlahSub += r.getCell(5).getNumericCellValue();
                } else if (kode.equals("TOTAL")) {
                    totalXlsx = r.getCell(5).getNumericCellValue();
                }
            }
            assertThat(totalXlsx).isEqualTo((double) total).isEqualTo(jumlahSub);
        }
    }

    @Test
    @Order(6)
    void theBeritaAcaraIsSignedByTheSekcamAndTheUploadedScanIsArchived() {
        Masuk.sebagai(users, "kasi.pu");
        var ringkas = renja.ringkas(id);
        byte[] ba = dokumenRenja.beritaAcaraPdf(id).orElseThrow().isi();
        assertThat(ba).isEqualTo(dokumen.unduh(ringkas.beritaAcaraArsipKode()).isi());
        assertThat(PeriksaDokumen.tandaTanganSah(ba)).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(ba)).isEmpty();
        assertThat(PeriksaDokumen.penandatangan(ba)).contains("Andi Rahmawati, S.STP., M.Si.");
        String teks = PeriksaDokumen.teks(ba);
        assertThat(teks).contains("BERITA ACARA", "FORUM PERANGKAT DAERAH KECAMATAN KALAENA", "Pada hari ini, Jumat tanggal 10 Maret 2028",
                "Aula Kantor Camat Kalaena", "Kepala desa se-Kecamatan Kalaena", "SEKRETARIS CAMAT KALAENA,",
                "Andi Rahmawati, S.STP., M.Si.", "NIP : 19820415 200604 2 003");
        // table cells, compared without spaces: the narrow columns wrap inside words
        assertThat(teks.replace(" ", "")).contains("1Musrenbangdesa", "Mekarsari",
                "Pelatihanlembagakemasyarakatandesa<b>tahapII</b>", "Diterima", "Sesuaiprioritaskecamatan",
                "Ditolak", "Bukankewenangankecamatan", "Dipertimbangkan", "Menunggukepastiananggaran");
        ArsipDokumen arsip = dokumen.arsip(uji.kalaena()).stream().filter(a -> a.kode().equals(ringkas.beritaAcaraArsipKode()))
                .findFirst().orElseThrow();
        assertThat(arsip.jenis()).isEqualTo("Berita Acara Forum Perangkat Daerah");
        assertThat(arsip.tahap()).isEqualTo("Forum Perangkat Daerah");

        BerkasDokumen pindaian = dokumenRenja.beritaAcaraUnggahan(id).orElseThrow();
        assertThat(pindaian.isi()).isEqualTo(RenjaLengkapUji.BERITA_ACARA_PINDAIAN);
        assertThat(pindaian.namaBerkas()).isEqualTo("berita-acara-forum.pdf");
        assertThat(dokumen.lampiran(uji.kalaena())).anySatisfy(l -> {
            assertThat(l.kode()).isEqualTo(ringkas.beritaAcaraBuktiKode());
            assertThat(l.arsipKode()).isNull();
            assertThat(l.sha256()).isEqualTo(sha256(RenjaLengkapUji.BERITA_ACARA_PINDAIAN));
            assertThat(l.disimpanOleh()).isEqualTo("sekcam");
        });
        untukDilihat.put("berita-acara-forum", ba);
    }

    @Test
    @Order(7)
    void aPerubahanShowsSebelumSetelahAndTheJumlahPerubahanInParentheses() throws Exception {
        perubahanId = uji.perubahan(id, LocalDate.of(2029, 7, 15));

        Masuk.sebagai(users, "camat");
        var ringkas = renja.ringkas(perubahanId);
        byte[] pdf = dokumenRenja.pdf(perubahanId).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(pdf)).isTrue();
        ArsipDokumen arsip = dokumen.arsip(uji.kalaena()).stream().filter(a -> a.kode().equals(ringkas.penetapanArsipKode()))
                .findFirst().orElseThrow();
        assertThat(arsip.jenis()).isEqualTo("Renja Perubahan");
        assertThat(arsip.versi()).isEqualTo(2);
        assertThat(arsip.judul()).isEqualTo("Rencana Kerja Perubahan Kecamatan Kalaena Tahun 2029");

        Map<String, TabelDibaca> tabel = TabelDibaca.dariDocx(dokumenRenja.docx(perubahanId).isi());
        TabelDibaca berubah = tabel.get("Tabel 3.2");
        assertThat(berubah.kolom()).isEqualTo(11);
        assertThat(berubah.baris().get(0)).containsExactly("Kode", "Program/Kegiatan/Sub Kegiatan",
                "Indikator Kinerja Program/Kegiatan", "Lokasi", "Target Capaian Kinerja", "Pagu Indikatif (Rp)",
                "Jumlah Perubahan (+/-)");
        assertThat(berubah.baris().get(1)).containsSubsequence("Sebelum Perubahan", "Setelah Perubahan", "Sebelum Perubahan",
                "Setelah Perubahan", "Sebelum Perubahan", "Setelah Perubahan", "Sebelum Perubahan", "Setelah Perubahan");
        List<String> trantib = berubah.baris().stream().filter(r -> r.getFirst().equals("7.01.04.2.01.0001")).findFirst().orElseThrow();
        assertThat(trantib.getLast()).isEqualTo("(2.700.000)");
        assertThat(TabelDibaca.rupiah(trantib.get(9)) - TabelDibaca.rupiah(trantib.get(8))).isEqualTo(-2_700_000L);
        List<String> program = berubah.baris().stream().filter(r -> r.getFirst().equals("7.01.04")).findFirst().orElseThrow();
        assertThat(program.getLast()).isEqualTo("(2.700.000)");
        assertThat(berubah.terakhir().getFirst()).isEqualTo("JUMLAH");
        assertThat(berubah.terakhir().getLast()).isEqualTo("(2.700.000)");
        assertThat(berubah.barisSubKegiatan(0).stream().filter(r -> !r.getLast().equals("0"))).hasSize(1);

        TabelDibaca alokasi = tabel.get("Tabel 4.1");
        assertThat(alokasi.kolom()).isEqualTo(7);
        assertThat(alokasi.baris().get(0)).contains("Pagu Indikatif (Rp)", "Jumlah Perubahan (+/-)");
        assertThat(alokasi.baris().get(1)).containsExactly("", "", "", "Sebelum Perubahan", "Setelah Perubahan", "", "");
        assertThat(alokasi.terakhir().get(3)).isEqualTo("(2.700.000)");
        assertThat(PeriksaDokumen.teks(pdf).replace(" ", "")).contains("JumlahPerubahan(+/-)", "(2.700.000)",
                "RENCANAKERJAPERUBAHAN");
        untukDilihat.put("renja-5-perubahan-bertanda-tangan", pdf);
    }

    @Test
    @Order(8)
    void theYearlyArchiveHoldsTheSignedPdfsTheirTablesTheEvidenceAndTheAuditLog() throws Exception {
        // each document's tables are stored as XLSX just after its signing commits
        LatarSelesai.tunggu(jdbc);
        Masuk.sebagai(users, "sekcam");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        dokumen.tulisArsipTahunan(uji.kalaena(), TAHUN, zip);

        Map<String, byte[]> isi = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                isi.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> pdf = isi.keySet().stream().filter(n -> n.startsWith("dokumen/")).toList();
        // Renja, its perubahan, and the two berita acara
        assertThat(pdf).hasSize(4).allMatch(n -> n.endsWith(".pdf"));
        assertThat(pdf).allMatch(n -> PeriksaDokumen.tandaTanganSah(isi.get(n)));
        assertThat(isi.keySet().stream().filter(n -> n.startsWith("tabel/"))).hasSize(4).allMatch(n -> n.endsWith(".xlsx"));
        assertThat(isi.keySet()).anyMatch(n -> n.startsWith("bukti/") && n.endsWith("berita-acara-forum.pdf"));
        assertThat(isi.keySet()).contains("log-audit.csv", "MANIFEST.csv", "BACA-SAYA.txt");

        String log = new String(isi.get("log-audit.csv"), StandardCharsets.UTF_8);
        assertThat(log).contains("\"TETAPKAN\"", "\"TANDA_TANGAN\"", "\"SIMPAN_LAMPIRAN\"", "\"camat\"");
        String manifest = new String(isi.get("MANIFEST.csv"), StandardCharsets.UTF_8);
        for (var berkas : isi.entrySet()) {
            if (!berkas.getKey().equals("MANIFEST.csv") && !berkas.getKey().equals("BACA-SAYA.txt")) {
                assertThat(manifest).contains("\"" + berkas.getKey() + "\";\"" + sha256(berkas.getValue()) + "\"");
            }
        }
    }

    @Test
    @Order(9)
    void anotherKecamatanLearnsNothingAndOnlyInspectorsTakeTheYearlyArchive() {
        Masuk.sebagai(users, "camat");
        long kalaena = uji.kalaena();
        String kode = renja.ringkas(id).penetapanArsipKode();

        Masuk.sebagai(users, "wasuponda.camat");
        // Kalaena's Renja, documents and archive are answered exactly like ones that do not exist
        String tidakAda = catchThrowableOfType(DataTidakDitemukanException.class, () -> dokumenRenja.pdf(Long.MAX_VALUE))
                .getMessage();
        assertThatThrownBy(() -> dokumenRenja.pdf(id)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumenRenja.docx(id)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumenRenja.beritaAcaraUnggahan(id)).isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.unduh(kode)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.arsip(kalaena)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.lampiran(kalaena)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.tulisArsipTahunan(kalaena, TAHUN, new ByteArrayOutputStream()))
                .isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.simpanBukti(kalaena, TAHUN, "Bukti", "Bukti", "x.pdf", new byte[] {1}))
                .isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);

        // a kasi reads the documents but the yearly archive carries the audit log
        Masuk.sebagai(users, "kasi.pem");
        assertThat(dokumenRenja.pdf(id).isi()).isNotEmpty();
        assertThat(dokumen.bolehUnduhArsipTahunan(kalaena)).isFalse();
        assertThatThrownBy(() -> dokumen.tulisArsipTahunan(kalaena, TAHUN, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);

        // the kabupaten's viewer (the inspectorate) takes it
        Masuk.sebagai(users, "viewer.lutim");
        assertThat(dokumen.bolehUnduhArsipTahunan(kalaena)).isTrue();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        dokumen.tulisArsipTahunan(kalaena, TAHUN, zip);
        assertThat(zip.size()).isPositive();
    }

    @Test
    @Order(10)
    void thePagesAreWrittenAsImagesForReview() {
        assertThat(untukDilihat).hasSizeGreaterThanOrEqualTo(5);
        untukDilihat.forEach((nama, pdf) -> {
            try {
                java.nio.file.Files.createDirectories(KELUARAN);
                java.nio.file.Files.write(KELUARAN.resolve(nama + ".pdf"), pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Assumptions.assumeTrue(PeriksaDokumen.adaPdftoppm(), "pdftoppm tidak terpasang: gambar halaman dilewati");
        untukDilihat.forEach((nama, pdf) -> assertThat(
                PeriksaDokumen.gambarHalaman(pdf, Path.of("target", "dokumen-png"), nama, 60)).isNotEmpty());
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
