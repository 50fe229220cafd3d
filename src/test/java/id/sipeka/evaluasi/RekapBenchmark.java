package id.sipeka.evaluasi;

import id.sipeka.HitungPernyataan;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.Rekap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (excluded from the normal run): the kecamatan's recap ({@link RekapEvaluasiService#rekap}) at
 * Kalaena's scale — 44 sub kegiatan over six units, TW I–IV each with six reports signed through the services (24
 * signed reports). Prints, for the recap up to TW IV and up to TW I: SQL statements per call (every statement the
 * calling thread sends through the pool, ours and Flowable's), the first call after the data was made (Hibernate's
 * query plans for the recap's queries not yet built; the JVM and the pool already warm from making the data), then
 * p50/p95/max ms and the thread's CPU time over {@code benchmark.ulangan} calls after {@code benchmark.pemanasan}
 * warm-up calls. Each call is one read-only transaction against MariaDB, signed in as the sekcam; no document is
 * rendered. Run: {@code ./mvnw test -Pbenchmark -Dtest=RekapBenchmark} (-Dbenchmark.ulangan=50,
 * -Dbenchmark.pemanasan=20).
 */
@Tag("benchmark")
@SpringBootTest
class RekapBenchmark {

    static final int PEMANASAN = Integer.getInteger("benchmark.pemanasan", 20);
    static final int ULANGAN = Integer.getInteger("benchmark.ulangan", 50);

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    RekapEvaluasiService rekap;
    @Autowired
    UserDetailsService users;

    @Test
    void recapAtKalaenaScale() {
        long t0 = System.nanoTime();
        KecamatanKalaenaUji.Kecamatan k = kalaena.siapkan(4);
        long siapkan = (System.nanoTime() - t0) / 1_000_000;
        Masuk.sebagai(users, k.sekcam());
        System.out.printf("%nHASIL BENCHMARK REKAP: kecamatan seukuran Kalaena (44 sub kegiatan, 6 unit, TW I–IV masing-masing"
                + " 6 laporan ditandatangani = 24 laporan; data dibuat lewat layanan dalam %d ms); %d core, Java %s%n", siapkan,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        ukur("s.d. TW IV (24 laporan)", () -> rekap.rekap(k.kecamatanId(), KecamatanKalaenaUji.TAHUN, 4, null, null));
        ukur("s.d. TW I  (6 laporan) ", () -> rekap.rekap(k.kecamatanId(), KecamatanKalaenaUji.TAHUN, 1, null, null));
        System.out.printf("  (pertama = panggilan pertama sesudah data dibuat: rencana kueri Hibernate untuk kueri rekap belum"
                + " dibangun, JVM dan pool sudah hangat; hangat = sesudah %d panggilan pemanasan, %d kali; beban mesin %.1f)%n%n",
                PEMANASAN, ULANGAN, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Masuk.keluar();
    }

    private void ukur(String nama, Supplier<Rekap> panggil) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long a = System.nanoTime();
        var pertama = HitungPernyataan.tel(panggil);
        long msPertama = (System.nanoTime() - a) / 1_000_000;
        for (int i = 0; i < PEMANASAN; i++) {
            panggil.get();
        }
        long[] ms = new long[ULANGAN];
        long[] cpuMs = new long[ULANGAN];
        long pernyataan = 0;
        for (int i = 0; i < ULANGAN; i++) {
            long b = System.nanoTime();
            long cb = cpu.getCurrentThreadCpuTime();
            var hasil = HitungPernyataan.tel(panggil);
            ms[i] = (System.nanoTime() - b) / 1_000_000;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() - cb) / 1_000_000;
            pernyataan = Math.max(pernyataan, hasil.pernyataan());
        }
        System.out.printf("  Rekap %s: %d pernyataan SQL per panggilan (pertama %d); pertama %d ms; hangat p50 %d ms, p95 %d ms,"
                + " maks %d ms; CPU utas p50 %d ms, p95 %d ms; %d baris rekap%n", nama, pernyataan, pertama.pernyataan(), msPertama,
                persentil(ms, 50), persentil(ms, 95), persentil(ms, 100), persentil(cpuMs, 50), persentil(cpuMs, 95),
                pertama.nilai().baris().size());
    }

    private static long persentil(long[] nilai, int p) {
        long[] urut = nilai.clone();
        Arrays.sort(urut);
        int i = (int) Math.ceil(p / 100.0 * urut.length) - 1;
        return urut[Math.max(0, Math.min(urut.length - 1, i))];
    }
}
