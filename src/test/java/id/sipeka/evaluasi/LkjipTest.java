package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.dokumen.PeriksaDokumen;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.LkjipData.AngkaLkjip;
import id.sipeka.evaluasi.LkjipData.BarisAnggaranLkjip;
import id.sipeka.evaluasi.LkjipData.BarisKinerja;
import id.sipeka.evaluasi.LkjipData.LkjipTampil;
import id.sipeka.inbox.InboxService;
import id.sipeka.organisasi.OrganisasiData.PenugasanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.organisasi.PosisiPlt;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipInputStream;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The LKjIP of a year on MariaDB, in a kecamatan at Kalaena's scale (the demo Renstra 2025–2029, 44 sub kegiatan over
 * six units): Renja 2025 with TW I–II signed, Renja 2026 with TW I–IV, where one unit's TW IV report is verified but
 * not signed — its figures must not count. Every figure is recomputed here straight from the tables. The approval runs
 * sekcam → camat (returns it) → sekcam → an acting camat (Plt.) signs.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LkjipTest {

    private static final int TAHUN = 2026;
    private static final int LALU = 2025;
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    LkjipService lkjip;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    InboxService inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    Kecamatan k;
    long renjaLalu;

    @BeforeAll
    void siapkan() {
        Masuk.sebagai(users, "admin");
        Kecamatan baru = kalaena.buat(organisasi.semuaKabupaten().getFirst().id());
        renjaLalu = kalaena.tahun(baru, LALU);
        kalaena.triwulan(baru, LALU, 1);
        kalaena.triwulan(baru, LALU, 2);
        k = new Kecamatan(baru.kecamatanId(), kalaena.tahun(baru, TAHUN), baru.sekcam(), baru.camat(), baru.unit(), baru.kepala());
        for (int tw = 1; tw <= 3; tw++) {
            kalaena.triwulan(k, TAHUN, tw);
        }
        long evaluasiId = kalaena.mulai(k, TAHUN, 4);
        for (String kode : KecamatanKalaenaUji.UNIT) {
            Masuk.sebagai(users, "admin");
            long laporanId = kalaena.isi(k, evaluasiId, kode);
            kalaena.ajukan(k, kode, laporanId);
            kalaena.verifikasi(k, laporanId);
            if (!kode.equals("SEKSI-PU")) {
                kalaena.tandaTangani(k, laporanId);
            }
        }
        Masuk.keluar();
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void everyFigureOfTheYearsLkjipEqualsARecomputationFromTheSignedReports() {
        Masuk.sebagai(users, k.sekcam());
        AngkaLkjip a = lkjip.angka(k.kecamatanId(), TAHUN);

        Map<String, Rencana> rencana = rencana(k.renjaId());
        Map<String, Rencana> rencanaLalu = rencana(renjaLalu);
        Map<String, BigDecimal> realisasi = realisasi(TAHUN, rencana, true);
        Map<String, BigDecimal> realisasiLalu = realisasi(LALU, rencanaLalu, true);
        Map<String, Long> rp = rupiah(TAHUN, true);
        assertThat(rp).as("an unsigned report does count nowhere").isNotEqualTo(rupiah(TAHUN, false));

        assertThat(a.tahunLalu()).containsExactly(LALU);
        assertThat(a.tahunAkhirRenstra()).isEqualTo(2029);
        assertThat(a.kinerja()).extracting(BarisKinerja::kode).containsExactlyElementsOf(rencana.keySet());
        List<BigDecimal> semuaCapaian = new ArrayList<>();
        for (BarisKinerja b : a.kinerja()) {
            Rencana r = rencana.get(b.kode());
            BigDecimal real = realisasi.get(b.kode());
            BigDecimal capaian = capaian(r.target(), real, r.polaritas());
            semuaCapaian.add(capaian);
            assertThat(b.target()).as(b.kode()).isEqualByComparingTo(r.target());
            sama(b.realisasi(), real, b.kode() + " realisasi");
            sama(bulat(b.capaian()), bulat(capaian), b.kode() + " capaian");
            // the earlier year against its own Renja
            BigDecimal lalu = realisasiLalu.get(b.kode());
            Rencana rl = rencanaLalu.get(b.kode());
            sama(b.lalu().get(LALU).realisasi(), lalu, b.kode() + " realisasi " + LALU);
            sama(bulat(b.lalu().get(LALU).capaian()), bulat(rl == null ? null : capaian(rl.target(), lalu, r.polaritas())),
                    b.kode() + " capaian " + LALU);
            // against the Renstra's end-of-period target: a count adds the years, a level takes the latest
            BigDecimal sampai = r.jenis().equals("JUMLAH") ? tambah(lalu, real) : real != null ? real : lalu;
            sama(b.targetAkhir(), r.targetAkhir(), b.kode() + " target akhir");
            sama(b.realisasiSampaiTahun(), sampai, b.kode() + " s.d. tahun");
            sama(bulat(b.capaianAkhir()), bulat(capaian(r.targetAkhir(), sampai, r.polaritas())), b.kode() + " capaian akhir");
            // money and efisiensi
            long dibelanjakan = rp.getOrDefault(b.kode(), 0L);
            BigDecimal keuangan = bagi(BigDecimal.valueOf(dibelanjakan), r.pagu());
            assertThat(b.anggaran()).as(b.kode()).isEqualTo(r.pagu());
            assertThat(b.realisasiRp()).as(b.kode()).isEqualTo(dibelanjakan);
            sama(bulat(b.capaianKeuangan()), bulat(keuangan), b.kode() + " keuangan");
            sama(bulat(b.efisiensi()), capaian == null || keuangan == null ? null : bulat(capaian.subtract(keuangan)),
                    b.kode() + " efisiensi");
        }

        long pagu = rencana.values().stream().mapToLong(Rencana::pagu).sum();
        long belanja = rp.values().stream().mapToLong(Long::longValue).sum();
        BarisAnggaranLkjip j = a.jumlah();
        assertThat(j.anggaran()).isEqualTo(pagu);
        assertThat(j.realisasi()).isEqualTo(belanja);
        sama(bulat(j.capaianKeuangan()), bulat(bagi(BigDecimal.valueOf(belanja), pagu)), "JUMLAH keuangan");
        sama(bulat(j.rataKinerja()), bulat(rataRata(semuaCapaian)), "JUMLAH kinerja");

        // per unit and per program: the money of their sub kegiatan
        Map<String, long[]> perUnit = new LinkedHashMap<>();
        Map<String, long[]> perProgram = new TreeMap<>();
        for (var e : rencana.entrySet()) {
            long spent = rp.getOrDefault(e.getKey(), 0L);
            tambahkan(perUnit, e.getValue().unit(), e.getValue().pagu(), spent);
            tambahkan(perProgram, e.getValue().program(), e.getValue().pagu(), spent);
        }
        assertThat(a.perUnit()).extracting(BarisAnggaranLkjip::uraian).containsExactlyInAnyOrderElementsOf(perUnit.keySet());
        a.perUnit().forEach(u -> assertThat(new long[] {u.anggaran(), u.realisasi()}).as(u.uraian()).containsExactly(perUnit.get(u.uraian())));
        assertThat(a.perProgram()).extracting(BarisAnggaranLkjip::kode).containsExactlyElementsOf(perProgram.keySet());
        a.perProgram().forEach(p -> assertThat(new long[] {p.anggaran(), p.realisasi()}).as(p.kode()).containsExactly(perProgram.get(p.kode())));

        // BAB II: the Renstra's sasaran with their IKU targets of the year and of 2029
        List<Map<String, Object>> sasaran = jdbc.queryForList("SELECT ts.kode, (SELECT t.target FROM tujuan_sasaran_tahun t"
                + " WHERE t.tujuan_sasaran_id = ts.id AND t.tahun = ?) AS target FROM tujuan_sasaran ts JOIN renstra r"
                + " ON r.id = ts.renstra_id WHERE r.kecamatan_id = ? AND ts.tingkat = 'SASARAN' ", TAHUN,
                k.kecamatanId());
        assertThat(a.sasaran()).hasSize(sasaran.size()).isNotEmpty();
        Map<String, BigDecimal> targetSasaran = new HashMap<>();
        sasaran.forEach(s -> targetSasaran.put((String) s.get("kode"), (BigDecimal) s.get("target")));
        a.sasaran().forEach(s -> sama(s.targetTahun(), targetSasaran.get(s.kode()), "sasaran " + s.kode()));
    }

    @Test
    void theDraftPdfIsPdfAAndTheDocxAndXlsxCarryTheYearsTables() throws Exception {
        Masuk.sebagai(users, k.sekcam());
        AngkaLkjip a = lkjip.angka(k.kecamatanId(), TAHUN);
        byte[] pdf = lkjip.pdf(k.kecamatanId(), TAHUN).isi();
        assertThat(PeriksaDokumen.pelanggaranPdfA(pdf)).isEmpty();
        String teks = PeriksaDokumen.teks(pdf).replaceAll("\\s+", " ");
        assertThat(teks).contains("LAPORAN KINERJA INSTANSI PEMERINTAH", "PERENCANAAN KINERJA", "AKUNTABILITAS KINERJA",
                "Tabel 3.1", "Efisiensi", id.sipeka.base.FormatIndonesia.rupiah(a.jumlah().anggaran()));
        assertThat(isiZip(lkjip.docx(k.kecamatanId(), TAHUN).isi(), "word/document.xml")).contains("AKUNTABILITAS KINERJA");
        assertThat(isiZip(lkjip.xlsx(k.kecamatanId(), TAHUN).isi(), "xl/workbook.xml")).contains("\"Tabel 2.1\"", "\"Tabel 2.2\"",
                "\"Tabel 3.1\"", "\"Tabel 3.2\"", "\"Tabel 3.3\"", "\"Tabel 3.4\"");
    }

    @Test
    void theSekcamSubmitsTheCamatReturnsItWithAReasonThenSignsItAndTheSignedPdfIsArchived() {
        long kec = k.kecamatanId();
        // rights: a kasi writes nothing, the camat does not draft, another kecamatan does not even see it
        Masuk.sebagai(users, k.kepala().get("SEKSI-PEM"));
        assertThat(lkjip.lkjip(kec, TAHUN).bolehUbah()).isFalse();
        assertThatThrownBy(() -> lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "x")).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, k.camat());
        assertThatThrownBy(() -> lkjip.ajukan(kec, TAHUN)).isInstanceOf(AccessDeniedException.class);
        Masuk.sebagai(users, "sekcam"); // Kalaena's sekcam
        assertThatThrownBy(() -> lkjip.lkjip(kec, TAHUN)).isInstanceOfAny(DataTidakDitemukanException.class,
                AccessDeniedException.class);

        Masuk.sebagai(users, k.sekcam());
        LkjipTampil awal = lkjip.lkjip(kec, TAHUN);
        assertThat(awal.bawaan()).containsValues(true).doesNotContainValue(false);
        assertThat(awal.narasi().get(BagianLkjip.AKUNTABILITAS)).contains("Rata-rata tingkat capaian kinerja");
        lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "Penutup yang ditulis sekretaris camat.");
        assertThat(lkjip.lkjip(kec, TAHUN).narasi().get(BagianLkjip.PENUTUP)).isEqualTo("Penutup yang ditulis sekretaris camat.");
        assertThat(lkjip.lkjip(kec, TAHUN).bawaan().get(BagianLkjip.PENUTUP)).isFalse();
        assertThat(tugas(k.sekcam())).containsExactly("LKjIP 2026 → lkjip/2026");
        lkjip.ajukan(kec, TAHUN);
        assertThatThrownBy(() -> lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.PENUTUP, "lagi"))
                .isInstanceOf(AturanDilanggarException.class);
        assertThatThrownBy(() -> lkjip.tandaTangani(kec, TAHUN, "Kalaena Kiri", LocalDate.of(2027, 1, 20)))
                .isInstanceOf(AccessDeniedException.class);

        Masuk.sebagai(users, k.camat());
        assertThat(tugas(k.camat())).containsExactly("LKjIP 2026 → lkjip/2026");
        assertThat(lkjip.lkjip(kec, TAHUN).bolehPutus()).isTrue();
        assertThatThrownBy(() -> lkjip.kembalikan(kec, TAHUN, " ")).isInstanceOf(AturanDilanggarException.class);
        lkjip.kembalikan(kec, TAHUN, "Lengkapi analisis efisiensi.");

        Masuk.sebagai(users, k.sekcam());
        LkjipTampil kembali = lkjip.lkjip(kec, TAHUN);
        assertThat(kembali.status()).isEqualTo(StatusPersetujuan.DIKEMBALIKAN);
        assertThat(kembali.alasan()).isEqualTo("Lengkapi analisis efisiensi.");
        assertThat(tugas(k.sekcam())).containsExactly("LKjIP 2026 → lkjip/2026");
        lkjip.simpanNarasi(kec, TAHUN, BagianLkjip.AKUNTABILITAS, "Analisis efisiensi yang dilengkapi.");
        lkjip.ajukan(kec, TAHUN);

        // the kasi of Pemerintahan Umum, acting camat (Plt.) today, signs it
        String kasi = k.kepala().get("SEKSI-PEM");
        Masuk.sebagai(users, "admin");
        long pegawaiKasi = jdbc.queryForObject("SELECT pegawai_id FROM akun WHERE username = ?", Long.class, kasi);
        LocalDate hariIni = LocalDate.now(clock);
        organisasi.simpanPenugasan(new PenugasanData(null, kec, pegawaiKasi, "Plt.", PosisiPlt.CAMAT, null, hariIni, hariIni,
                "SK uji LKjIP", 0));
        Masuk.sebagai(users, kasi);
        assertThat(lkjip.lkjip(kec, TAHUN).bolehPutus()).isTrue();
        lkjip.tandaTangani(kec, TAHUN, "Kalaena Kiri", LocalDate.of(2027, 1, 20));
        LkjipTampil akhir = lkjip.lkjip(kec, TAHUN);
        assertThat(akhir.status()).isEqualTo(StatusPersetujuan.DISETUJUI);
        assertThat(akhir.arsipKode()).isNotBlank();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("lkjip")
                .processInstanceBusinessKey(String.valueOf(jdbc.queryForObject("SELECT id FROM lkjip WHERE kecamatan_id = ?"
                        + " AND tahun = ?", Long.class, kec, TAHUN))).count()).as("the process has ended").isZero();
        byte[] asli = lkjip.pdf(kec, TAHUN).isi();
        assertThat(PeriksaDokumen.tandaTanganSah(asli)).isTrue();
        assertThat(PeriksaDokumen.pelanggaranPdfA(asli)).isEmpty();
        assertThat(PeriksaDokumen.teks(asli)).contains("Analisis efisiensi yang dilengkapi.", "Plt. CAMAT").doesNotContain("DRAF");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dokumen_arsip WHERE kode = ?", Integer.class, akhir.arsipKode()))
                .isEqualTo(1);
        assertThatThrownBy(() -> lkjip.kembalikan(kec, TAHUN, "terlambat")).isInstanceOf(AturanDilanggarException.class);
    }

    // ---- the independent recomputation ----

    private record Rencana(BigDecimal target, long pagu, long unitId, String unit, String program, String jenis,
            String polaritas, BigDecimal targetAkhir) {
    }

    /** The Renja's sub kegiatan rows with their indicator kind and polarity, program and 2029 target, by kode. */
    private Map<String, Rencana> rencana(long renjaId) {
        Map<String, Rencana> hasil = new TreeMap<>();
        jdbc.query("SELECT rb.kode, rb.target, rb.pagu, rb.unit_kerja_id, u.nama AS unit, prog.kode AS program, n.jenis,"
                + " n.polaritas, (SELECT nt.target FROM nomenklatur_tahun nt WHERE nt.nomenklatur_id = n.id AND nt.tahun = 2029)"
                + " AS akhir FROM renja_baris rb JOIN nomenklatur n ON n.id = rb.nomenklatur_id JOIN nomenklatur keg"
                + " ON keg.id = n.parent_id JOIN nomenklatur prog ON prog.id = keg.parent_id JOIN unit_kerja u"
                + " ON u.id = rb.unit_kerja_id WHERE rb.renja_id = ?", rs -> {
                    hasil.put(rs.getString("kode"), new Rencana(rs.getBigDecimal("target"), rs.getLong("pagu"),
                            rs.getLong("unit_kerja_id"), rs.getString("unit"), rs.getString("program"), rs.getString("jenis"),
                            rs.getString("polaritas"), rs.getBigDecimal("akhir")));
                }, renjaId);
        return hasil;
    }

    /** The year's realisasi per kode from the reports (signed ones only, or all): a count adds up, else the latest TW. */
    private Map<String, BigDecimal> realisasi(int tahun, Map<String, Rencana> rencana, boolean hanyaDitandatangani) {
        Map<String, TreeMap<Integer, BigDecimal>> perTw = new HashMap<>();
        jdbc.query("SELECT lb.kode, et.triwulan, lb.realisasi_kinerja FROM laporan_baris lb JOIN laporan_evaluasi le"
                + " ON le.id = lb.laporan_id JOIN evaluasi_triwulan et ON et.id = le.evaluasi_id WHERE et.kecamatan_id = ?"
                + " AND et.tahun = ?" + (hanyaDitandatangani ? " AND le.ditandatangani_pada IS NOT NULL" : ""), rs -> {
                    if (rs.getBigDecimal("realisasi_kinerja") != null) {
                        perTw.computeIfAbsent(rs.getString("kode"), x -> new TreeMap<>()).put(rs.getInt("triwulan"),
                                rs.getBigDecimal("realisasi_kinerja"));
                    }
                }, k.kecamatanId(), tahun);
        Map<String, BigDecimal> hasil = new HashMap<>();
        perTw.forEach((kode, nilai) -> {
            Rencana r = rencana.get(kode);
            hasil.put(kode, r != null && !r.jenis().equals("JUMLAH") ? nilai.lastEntry().getValue()
                    : nilai.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        });
        return hasil;
    }

    private Map<String, Long> rupiah(int tahun, boolean hanyaDitandatangani) {
        Map<String, Long> hasil = new HashMap<>();
        jdbc.query("SELECT lb.kode, lb.realisasi_rp FROM laporan_baris lb JOIN laporan_evaluasi le ON le.id = lb.laporan_id"
                + " JOIN evaluasi_triwulan et ON et.id = le.evaluasi_id WHERE et.kecamatan_id = ? AND et.tahun = ?"
                + (hanyaDitandatangani ? " AND le.ditandatangani_pada IS NOT NULL" : ""),
                rs -> {
                    hasil.merge(rs.getString("kode"), rs.getLong("realisasi_rp"), Long::sum);
                }, k.kecamatanId(), tahun);
        return hasil;
    }

    private static BigDecimal capaian(BigDecimal target, BigDecimal realisasi, String polaritas) {
        if (target == null || target.signum() == 0 || realisasi == null) {
            return null;
        }
        BigDecimal nilai = polaritas.equals("TURUN") ? target.add(target).subtract(realisasi) : realisasi;
        BigDecimal hasil = nilai.multiply(SERATUS).divide(target, 12, RoundingMode.HALF_UP);
        return hasil.signum() < 0 ? BigDecimal.ZERO : hasil;
    }

    private static BigDecimal bagi(BigDecimal realisasi, long pagu) {
        return pagu == 0 ? null : realisasi.multiply(SERATUS).divide(BigDecimal.valueOf(pagu), 12, RoundingMode.HALF_UP);
    }

    private static BigDecimal rataRata(List<BigDecimal> nilai) {
        List<BigDecimal> ada = nilai.stream().filter(Objects::nonNull).toList();
        return ada.isEmpty() ? null : ada.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(ada.size()), 12, RoundingMode.HALF_UP);
    }

    private static BigDecimal tambah(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    private static BigDecimal bulat(BigDecimal x) {
        return x == null ? null : x.setScale(2, RoundingMode.HALF_UP);
    }

    private static void sama(BigDecimal aktual, BigDecimal harapan, String apa) {
        if (harapan == null) {
            assertThat(aktual).as(apa).isNull();
        } else {
            assertThat(aktual).as(apa).isEqualByComparingTo(harapan);
        }
    }

    private static void tambahkan(Map<String, long[]> peta, String kunci, long pagu, long realisasi) {
        long[] x = peta.computeIfAbsent(kunci, z -> new long[2]);
        x[0] += pagu;
        x[1] += realisasi;
    }

    private List<String> tugas(String siapa) {
        Masuk.sebagai(users, siapa);
        return inbox.tugasSaya().stream().filter(t -> t.prosesKey().equals("lkjip")).map(t -> t.judul() + " → " + t.rute()).toList();
    }

    private static String isiZip(byte[] zip, String nama) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(nama)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }
}
