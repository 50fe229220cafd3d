package id.sipeka;

import id.sipeka.dokumen.DokumenService;
import id.sipeka.evaluasi.DasborKabupatenService;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.KecamatanKalaenaUji;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.evaluasi.RekapEvaluasiService;
import id.sipeka.inbox.InboxService;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiData.KabupatenData;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.security.Peran;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (excluded from the normal run): one kabupaten at scale. It makes {@code benchmark.kecamatan}
 * (50) kecamatan of Kalaena's size — 8 units (camat, sekretariat and six units with sub kegiatan), the demo Renstra
 * 2025–2029 with 44 sub kegiatan — and for each of {@code benchmark.tahun} (5) years from 2025 the Renja through its
 * whole cycle to ditetapkan (berita acara and penetapan signed), every unit's rencana aksi approved and four
 * quarters of six reports filled, submitted, verified and signed, all through the services as the users would
 * ({@link KecamatanKalaenaUji}); the last quarter of the last year is left under way (every report filled, four
 * submitted, two of them verified, one signed) so that each role has tasks in its inbox. Made on
 * {@code benchmark.utas} (2) threads, one kecamatan per thread at a time.
 * <p>
 * Then, for the last kecamatan made, signed in as its users, each call measured {@code benchmark.ulangan} (50) times
 * after {@code benchmark.pemanasan} (20) warm-up calls: p50/p95/max ms and SQL statements per call (every statement
 * the calling thread sends, ours and Flowable's) — the inbox of a unit head, the sekcam and the camat (the task list
 * and the menu's count), the completeness matrix of the last year, and the recap of the last year to TW III and of a
 * full earlier year, and the kabupaten dashboard of the last and the first year as the kabupaten's viewer. The first call of each is reported apart (cold: Hibernate's plans for its queries not yet
 * built). Run: {@code ./mvnw -q -o test -Pbenchmark -Dtest=SkalaBenchmark} (-Dbenchmark.kecamatan=50
 * -Dbenchmark.tahun=5 -Dbenchmark.utas=2; -Dbenchmark.rinci=true prints each call's statements). Making the data takes long (about an hour on 2 cores): with
 * {@code SIPEKA_TEST_DB_KEEP=true} the database stays, and {@code SIPEKA_TEST_DB_NAMA=<its name>} measures on it
 * again without making anything; {@code -Dbenchmark.hanya=Dasbor} measures only the calls whose name holds that text.
 * Measuring starts once the signing keys a new JVM issues in the background at start-up are all there.
 */
@Tag("benchmark")
@SpringBootTest
class SkalaBenchmark {

    static final int KECAMATAN = Integer.getInteger("benchmark.kecamatan", 50);
    static final int TAHUN = Integer.getInteger("benchmark.tahun", 5);
    static final int UTAS = Integer.getInteger("benchmark.utas", 2);
    static final int PEMANASAN = Integer.getInteger("benchmark.pemanasan", 20);
    static final int ULANGAN = Integer.getInteger("benchmark.ulangan", 50);
    /** Only the calls whose name contains this text (e.g. "Dasbor"); all when empty. */
    static final String HANYA = System.getProperty("benchmark.hanya", "");
    /** Also print each call's statements, grouped by text (to see which query repeats). */
    static final boolean RINCI = Boolean.getBoolean("benchmark.rinci");
    static final int TAHUN_AWAL = 2025;
    static final String NAMA = "Kabupaten Skala Uji";

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    InboxService inbox;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    DasborKabupatenService dasbor;
    @Autowired
    AkunService akun;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DokumenService dokumen;

    @Test
    void oneKabupatenAtScale() throws Exception {
        long t0 = System.nanoTime();
        Masuk.sebagai(users, "admin");
        Optional<KabupatenData> ada = organisasi.semuaKabupaten().stream().filter(x -> x.nama().equals(NAMA)).findFirst();
        Kecamatan k;
        String asal;
        long kabId;
        if (ada.isPresent()) {
            // a database kept from an earlier run (SIPEKA_TEST_DB_NAMA): measured again without making it anew
            kabId = ada.get().id();
            k = kalaena.yangAda(organisasi.kecamatanTerlihat().stream().filter(x -> x.kabupatenId() == kabId)
                    .max(Comparator.comparing(KecamatanData::id)).orElseThrow());
            asal = "dipakai ulang dari basis data " + BasisDataUji.namaBasisData();
        } else {
            KabupatenData kab = organisasi.simpanKabupaten(new KabupatenData(null, "SKL" + (System.nanoTime() % 100000), NAMA, 0));
            kabId = kab.id();
            k = buatKabupaten(kabId).getLast();
            asal = "dibuat lewat layanan dalam " + (System.nanoTime() - t0) / 60_000_000_000L + " menit pada " + UTAS
                    + " utas, basis data " + BasisDataUji.namaBasisData();
        }
        // A new JVM issues the signing keys it does not find in the background at start-up; nothing is measured
        // while that runs (about a minute for the 100 officials of 50 kecamatan on 2 cores).
        long tunggu = System.nanoTime();
        while (!dokumen.statusKunci().belum().isEmpty()) {
            Thread.sleep(1000);
        }
        System.out.printf("  (menunggu penerbitan kunci penandatangan: %d detik)%n", (System.nanoTime() - tunggu) / 1_000_000_000L);
        String pengamat = "skala.pengamat." + kabId;
        if (akun.semua().stream().noneMatch(a -> a.username().equals(pengamat))) {
            akun.buat(pengamat, KecamatanKalaenaUji.SANDI, Peran.VIEWER_KABUPATEN, null, kabId);
        }
        Masuk.keluar();
        int tahunAkhir = TAHUN_AWAL + TAHUN - 1;
        // what the database holds, counted (a kept database may hold fewer kecamatan than asked for, if its run was cut)
        Map<String, Object> isi = jdbc.queryForMap("""
                SELECT COUNT(DISTINCT k.id) AS kecamatan, COUNT(DISTINCT r.id) AS renja,
                       (SELECT COUNT(*) FROM laporan_evaluasi l JOIN evaluasi_triwulan e ON e.id = l.evaluasi_id
                          JOIN kecamatan k2 ON k2.id = e.kecamatan_id
                         WHERE k2.kabupaten_id = ? AND l.ditandatangani_pada IS NOT NULL) AS ditandatangani
                  FROM kecamatan k LEFT JOIN renja r ON r.kecamatan_id = k.id AND r.tahap = 'DITETAPKAN'
                 WHERE k.kabupaten_id = ?""", kabId, kabId);
        System.out.printf("%nHASIL BENCHMARK SKALA: %s, %s kecamatan × 8 unit × 4 triwulan × %d tahun (%d–%d): %s Renja"
                + " ditetapkan, %s laporan ditandatangani; %s; %d core, Java %s%n", NAMA, isi.get("kecamatan"), TAHUN, TAHUN_AWAL,
                tahunAkhir, isi.get("renja"), isi.get("ditandatangani"), asal, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        String kasi = k.kepala().get("SEKSI-PU");
        ukur("Kotak masuk kasi (daftar tugas)", kasi, () -> inbox.tugasSaya().size());
        ukur("Kotak masuk kasi (hitungan menu)", kasi, () -> (int) inbox.jumlahTugasSaya());
        ukur("Kotak masuk sekcam (daftar tugas)", k.sekcam(), () -> inbox.tugasSaya().size());
        ukur("Kotak masuk sekcam (hitungan menu)", k.sekcam(), () -> (int) inbox.jumlahTugasSaya());
        ukur("Kotak masuk camat (daftar tugas)", k.camat(), () -> inbox.tugasSaya().size());
        ukur("Kotak masuk camat (hitungan menu)", k.camat(), () -> (int) inbox.jumlahTugasSaya());
        ukur("Matriks kelengkapan " + tahunAkhir, k.sekcam(), () -> evaluasi.matriks(k.kecamatanId(), tahunAkhir).size());
        ukur("Rekap " + tahunAkhir + " s.d. TW III", k.sekcam(),
                () -> rekap.rekap(k.kecamatanId(), tahunAkhir, 3, null, null).baris().size());
        ukur("Rekap " + TAHUN_AWAL + " s.d. TW IV", k.sekcam(),
                () -> rekap.rekap(k.kecamatanId(), TAHUN_AWAL, 4, null, null).baris().size());
        ukur("Dasbor kabupaten " + tahunAkhir, pengamat, () -> dasbor.ringkasan(kabId, tahunAkhir).baris().size());
        ukur("Dasbor kabupaten " + TAHUN_AWAL, pengamat, () -> dasbor.ringkasan(kabId, TAHUN_AWAL).baris().size());
        System.out.printf("  (nilai = ukuran hasil: tugas, baris matriks, baris rekap, kecamatan di dasbor; dingin = panggilan pertama; hangat = %d kali"
                + " sesudah %d panggilan pemanasan; beban mesin %.1f)%n%n", ULANGAN, PEMANASAN,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Every kecamatan with its years, {@link #UTAS} at a time; the list in the order they were started. */
    private List<Kecamatan> buatKabupaten(long kabupatenId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(UTAS);
        AtomicInteger selesai = new AtomicInteger();
        List<Future<Kecamatan>> kerja = new ArrayList<>();
        for (int i = 0; i < KECAMATAN; i++) {
            kerja.add(pool.submit(() -> {
                Kecamatan k = buatKecamatan(kabupatenId);
                System.out.printf("  kecamatan %d/%d selesai%n", selesai.incrementAndGet(), KECAMATAN);
                return k;
            }));
        }
        pool.shutdown();
        List<Kecamatan> hasil = new ArrayList<>();
        for (Future<Kecamatan> f : kerja) {
            hasil.add(f.get());
        }
        return hasil;
    }

    private Kecamatan buatKecamatan(long kabupatenId) {
        try {
            Kecamatan k = kalaena.buat(kabupatenId);
            for (int tahun = TAHUN_AWAL; tahun < TAHUN_AWAL + TAHUN; tahun++) {
                kalaena.tahun(k, tahun);
                boolean terakhir = tahun == TAHUN_AWAL + TAHUN - 1;
                for (int tw = 1; tw <= (terakhir ? 3 : 4); tw++) {
                    kalaena.triwulan(k, tahun, tw);
                }
                if (terakhir) {
                    triwulanBerjalan(k, tahun);
                }
            }
            return k;
        } finally {
            Masuk.keluar();
        }
    }

    /** TW IV under way: every report filled, four submitted, two of those verified, one of these signed. */
    private void triwulanBerjalan(Kecamatan k, int tahun) {
        long evaluasiId = kalaena.mulai(k, tahun, 4);
        List<Long> diajukan = new ArrayList<>();
        for (String unit : k.unit().keySet()) {
            long laporanId = kalaena.isi(k, evaluasiId, unit);
            if (diajukan.size() < 4) {
                kalaena.ajukan(k, unit, laporanId);
                diajukan.add(laporanId);
            }
        }
        kalaena.verifikasi(k, diajukan.get(0));
        kalaena.verifikasi(k, diajukan.get(1));
        kalaena.tandaTangani(k, diajukan.get(0));
    }

    private void ukur(String nama, String username, Supplier<Integer> panggil) {
        if (!nama.contains(HANYA)) {
            return;
        }
        Masuk.sebagai(users, username);
        try {
            long a = System.nanoTime();
            var dingin = HitungPernyataan.tel(panggil);
            long msDingin = (System.nanoTime() - a) / 1_000_000;
            for (int i = 0; i < PEMANASAN; i++) {
                panggil.get();
            }
            long[] us = new long[ULANGAN];
            long pernyataan = 0;
            for (int i = 0; i < ULANGAN; i++) {
                long b = System.nanoTime();
                var hasil = HitungPernyataan.tel(panggil);
                us[i] = (System.nanoTime() - b) / 1_000;
                pernyataan = Math.max(pernyataan, hasil.pernyataan());
            }
            Arrays.sort(us);
            System.out.printf("  %-38s nilai %4d; %3d pernyataan SQL per panggilan; dingin %4d ms (%d pernyataan);"
                    + " hangat p50 %6.1f ms, p95 %6.1f ms, maks %6.1f ms%n", nama, dingin.nilai(), pernyataan, msDingin,
                    dingin.pernyataan(), ms(us, 50), ms(us, 95), ms(us, 100));
            if (RINCI) {
                System.out.println("    " + HitungPernyataan.tel(panggil).ringkasan().replace("\n", "\n    "));
            }
        } finally {
            Masuk.keluar();
        }
    }

    private static double ms(long[] terurut, int persen) {
        int i = Math.max(0, (int) Math.ceil(persen / 100.0 * terurut.length) - 1);
        return terurut[i] / 1000.0;
    }
}
