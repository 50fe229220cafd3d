package id.sipeka.renja;

import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.organisasi.AkunService;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.RenjaData.BarisRenja;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaData.UbahBarisRenja;
import id.sipeka.renstra.RenstraService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.ObjectMapper;

/**
 * Benchmark, not a test (excluded from the normal run): full Renja cycles per minute through SIPEKA's services
 * against the same process driven through raw Flowable on the same MariaDB database; the document work of one
 * signature with warm keys (render + sign of the penetapan and of the berita acara, p50/p95); the first signature of
 * a brand-new official (key issued off the step, then the penetapan step timed).
 * Run: {@code ./mvnw test -Pbenchmark -Dtest=RenjaBenchmark} (one part: {@code -Dtest='RenjaBenchmark#dokumen*'}).
 * Settings: -Dbenchmark.siklus (cycles, default 24), -Dbenchmark.unit (units per Renja, default 6),
 * -Dbenchmark.paralel (concurrent cycles, default 4), -Dbenchmark.tandatangan (signatures per document, default 30),
 * -Dbenchmark.pejabatbaru (new officials, default 5).
 */
@Tag("benchmark")
@SpringBootTest
class RenjaBenchmark {

    static final int SIKLUS = Integer.getInteger("benchmark.siklus", 24);
    static final int UNIT = Integer.getInteger("benchmark.unit", 6);
    static final int PARALEL = Integer.getInteger("benchmark.paralel", 4);
    static final int TANDA_TANGAN = Integer.getInteger("benchmark.tandatangan", 30);
    static final int PEJABAT_BARU = Integer.getInteger("benchmark.pejabatbaru", 5);

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    PengisianBagianService pengisian;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AkunService akun;
    @Autowired
    RenstraService renstra;
    @Autowired
    UserDetailsService users;
    @Autowired
    ObjectMapper json;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Autowired
    org.flowable.engine.RepositoryService repository;
    @Autowired
    RenjaDokumenService dokumenRenja;
    @Autowired
    org.springframework.context.ApplicationContext konteks;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * (b) The document work of one signature with warm keys: the demo Renja of Kalaena (44 sub kegiatan) ditetapkan
     * and its berita acara, each rendered to PDF/A with its QR code and signed, {@code benchmark.tandatangan} times
     * after 3 warm-up rounds. Excludes the database, Flowable and the XLSX copy (after commit).
     */
    @Test
    void dokumenPerTandaTanganDenganKunciHangat() {
        RenjaLengkapUji uji = new RenjaLengkapUji(layanan, organisasi, users);
        long id = uji.sampaiDitetapkan(2026, LocalDate.of(2025, 6, 30));
        Masuk.sebagai(users, "camat");
        id.sipeka.dokumen.Dokumen penetapan = dokumenRenja.dokumen(id);
        id.sipeka.dokumen.Dokumen beritaAcara = DokumenBeritaAcara.susun(renja.isiDokumen(id), renja.sekcamUntukDraf(id), false);
        Masuk.keluar();
        var kerja = new id.sipeka.dokumen.KerjaTandaTangan(konteks);
        for (int i = 0; i < 3; i++) {
            kerja.renderDanTandatangani(penetapan);
            kerja.renderDanTandatangani(beritaAcara);
        }
        long[] waktuRenja = new long[TANDA_TANGAN];
        long[] ba = new long[TANDA_TANGAN];
        // CPU time of this thread too: the work is single-threaded, so it does not grow when others share the cores
        long[] cpuRenja = new long[TANDA_TANGAN];
        long[] cpuBa = new long[TANDA_TANGAN];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < TANDA_TANGAN; i++) {
            long a = System.nanoTime();
            long ca = cpu.getCurrentThreadCpuTime();
            kerja.renderDanTandatangani(penetapan);
            long b = System.nanoTime();
            long cb = cpu.getCurrentThreadCpuTime();
            kerja.renderDanTandatangani(beritaAcara);
            waktuRenja[i] = (b - a) / 1_000_000;
            ba[i] = (System.nanoTime() - b) / 1_000_000;
            cpuRenja[i] = (cb - ca) / 1_000_000;
            cpuBa[i] = (cpu.getCurrentThreadCpuTime() - cb) / 1_000_000;
        }
        System.out.printf("%nHASIL BENCHMARK (b) kerja dokumen per tanda tangan, kunci hangat (render PDF/A + QR + tanda"
                + " tangan PAdES; tanpa basis data, Flowable dan XLSX), %d kali, %d core:%n", TANDA_TANGAN,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("  Penetapan Renja Kalaena (%d tabel): p50 %d ms, p95 %d ms, maks %d ms%n", penetapan.tabel().size(),
                persentil(waktuRenja, 50), persentil(waktuRenja, 95), persentil(waktuRenja, 100));
        System.out.printf("  Berita acara forum                : p50 %d ms, p95 %d ms, maks %d ms%n", persentil(ba, 50),
                persentil(ba, 95), persentil(ba, 100));
        System.out.printf("  Waktu CPU utas (tak bergantung beban mesin): penetapan p50 %d ms, p95 %d ms; berita acara p50 %d ms,"
                + " p95 %d ms; beban mesin (load average 1 menit) %.1f%n%n", persentil(cpuRenja, 50), persentil(cpuRenja, 95),
                persentil(cpuBa, 50), persentil(cpuBa, 95),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * (c) The first signature of a brand-new official: a new kecamatan's camat recorded through the services, the
     * key issued in the background after that commit (waited for, and timed, outside the step), the Renja taken to
     * penetapan, then the camat's first signing step ({@code RenjaQueryService.tetapkan}: process step, render, sign,
     * archive, audit, commit) timed. Repeated for {@code benchmark.pejabatbaru} new officials.
     */
    @Test
    void tandaTanganPertamaPejabatBaru() {
        long[] langkah = new long[PEJABAT_BARU];
        long[] cpuLangkah = new long[PEJABAT_BARU];
        long[] kunci = new long[PEJABAT_BARU];
        var kerja = new id.sipeka.dokumen.KerjaTandaTangan(konteks);
        for (int i = 0; i < PEJABAT_BARU; i++) {
            long a = System.nanoTime();
            KecamatanUji kec = KecamatanUji.siapkan(organisasi, akun, renstra, users, json, 2);
            LatarSelesai.tunggu(jdbc);
            kunci[i] = (System.nanoTime() - a) / 1_000_000;
            Masuk.sebagai(users, kec.camat());
            String nip = organisasi.pegawai(kec.kecamatanId()).stream().filter(p -> p.jabatan().startsWith("Camat"))
                    .findFirst().orElseThrow().nip();
            if (!kerja.adaKunci(nip)) {
                throw new IllegalStateException("Kunci camat baru belum diterbitkan di latar");
            }
            long id = sampaiPenetapan(kec);
            // the sekcam's berita acara (signed when the forum closed) gets its XLSX copy first: nothing runs beside
            LatarSelesai.tunggu(jdbc);
            Masuk.sebagai(users, kec.camat());
            long b = System.nanoTime();
            long cb = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            penetapan.tetapkan(id, "Uji", LocalDate.now());
            langkah[i] = (System.nanoTime() - b) / 1_000_000;
            cpuLangkah[i] = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cb) / 1_000_000;
            Masuk.keluar();
        }
        System.out.printf("%nHASIL BENCHMARK (c) tanda tangan pertama pejabat baru (%d pejabat): langkah penetapan pertama"
                + " (langkah proses + render + tanda tangan + arsip + audit + commit; kunci sudah diterbitkan di latar):"
                + " %s ms, p50 %d ms, maks %d ms%n", PEJABAT_BARU, java.util.Arrays.toString(langkah), persentil(langkah, 50),
                persentil(langkah, 100));
        System.out.printf("  Waktu CPU utas langkah itu (tanpa kerja server MariaDB): %s ms, p50 %d ms; beban mesin %.1f%n",
                java.util.Arrays.toString(cpuLangkah), persentil(cpuLangkah, 50),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  Di luar langkah: mencatat kecamatan, pejabat dan Renstra lewat layanan sampai kunci tersedia:"
                + " %s ms%n%n", java.util.Arrays.toString(kunci));
    }

    private long sampaiPenetapan(KecamatanUji kec) {
        Masuk.sebagai(users, kec.sekcam());
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();
        for (int i = 0; i < kec.unit().size(); i++) {
            Masuk.sebagai(users, kec.kepala().get(i));
            BarisRenja b = renja.barisUnit(id, kec.unit().get(i)).getFirst();
            pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(), "APBD",
                    null, b.targetMaju(), b.paguMaju()));
            pengisian.ajukanBagian(id, kec.unit().get(i));
        }
        Masuk.sebagai(users, kec.sekcam());
        for (Long unit : kec.unit()) {
            telaah.setujuiBagian(id, unit);
        }
        forumRenja.simpanForum(id, new Forum(h, "Aula", "Peserta", List.of()));
        forumRenja.selesaikanForum(id, Set.of());
        penetapan.setujuiRancanganAkhir(id);
        return id;
    }

    private static long persentil(long[] nilai, int p) {
        long[] urut = nilai.clone();
        java.util.Arrays.sort(urut);
        int i = (int) Math.ceil(p / 100.0 * urut.length) - 1;
        return urut[Math.max(0, Math.min(urut.length - 1, i))];
    }

    @Test
    void fullCycleThroughputOfSipekaAgainstRawFlowable() throws Exception {
        // The same BPMN as "renjaMentah", whose one service task does nothing instead of calling SIPEKA.
        String bpmn = java.nio.file.Files.readString(java.nio.file.Path.of("processes", "renja.bpmn20.xml"))
                .replace("<process id=\"renja\"", "<process id=\"renjaMentah\"")
                .replace("flowable:delegateExpression=\"${susunRancangan}\"", "flowable:expression=\"${true}\"");
        repository.createDeployment().addString("renja-mentah.bpmn20.xml", bpmn).deploy();
        List<KecamatanUji> kecamatan = new ArrayList<>();
        for (int i = 0; i < SIKLUS; i++) {
            kecamatan.add(KecamatanUji.siapkan(organisasi, akun, renstra, users, json, UNIT));
        }
        Masuk.keluar();
        jalankan("pemanasan", 2, i -> siklusSipeka(kecamatan.get(i)));
        jalankan("pemanasan", 2, i -> siklusFlowable());
        double sipeka = jalankan("SIPEKA (layanan + Flowable)", SIKLUS - 2, i -> siklusSipeka(kecamatan.get(i + 2)));
        double mentah = jalankan("Flowable mentah (proses yang sama)", SIKLUS - 2, i -> siklusFlowable());
        System.out.printf("%nHASIL BENCHMARK: %d unit per Renja, %d siklus paralel: SIPEKA %.1f siklus/menit, "
                + "Flowable mentah %.1f siklus/menit (SIPEKA = %.0f%% dari Flowable mentah)%n%n", UNIT, PARALEL, sipeka, mentah,
                100 * sipeka / mentah);
    }

    interface Siklus {
        void jalankan(int i) throws Exception;
    }

    private double jalankan(String nama, int n, Siklus siklus) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALEL);
        long mulai = System.nanoTime();
        List<Future<?>> hasil = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int nomor = i;
            hasil.add(pool.submit(() -> {
                try {
                    siklus.jalankan(nomor);
                } finally {
                    Masuk.keluar();
                }
                return null;
            }));
        }
        for (Future<?> f : hasil) {
            f.get();
        }
        pool.shutdown();
        double detik = (System.nanoTime() - mulai) / 1e9;
        double perMenit = n * 60 / detik;
        System.out.printf("%s: %d siklus dalam %.1f s = %.1f siklus/menit (%.0f ms per siklus)%n", nama, n, detik, perMenit,
                detik * 1000 / n);
        return perMenit;
    }

    /** Open, every unit fills and submits, the sekcam approves, forum, rancangan akhir, the camat signs. */
    private void siklusSipeka(KecamatanUji kec) {
        Masuk.sebagai(users, kec.sekcam());
        LocalDate h = LocalDate.now();
        long id = pembukaan.buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();
        for (int i = 0; i < kec.unit().size(); i++) {
            Masuk.sebagai(users, kec.kepala().get(i));
            BarisRenja b = renja.barisUnit(id, kec.unit().get(i)).getFirst();
            pengisian.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(), "APBD",
                    null, b.targetMaju(), b.paguMaju()));
            pengisian.ajukanBagian(id, kec.unit().get(i));
        }
        Masuk.sebagai(users, kec.sekcam());
        for (Long unit : kec.unit()) {
            telaah.setujuiBagian(id, unit);
        }
        forumRenja.simpanForum(id, new Forum(h, "Aula", "Peserta", List.of()));
        forumRenja.selesaikanForum(id, Set.of());
        penetapan.setujuiRancanganAkhir(id);
        Masuk.sebagai(users, kec.camat());
        penetapan.tetapkan(id, "Uji", h);
    }

    /** The same process, its tasks completed straight through Flowable's API (no SIPEKA tables, checks or audit). */
    private void siklusFlowable() {
        Map<String, Object> v = new HashMap<>(new Batas(LocalDate.now().plusDays(5), LocalDate.now().plusDays(6),
                LocalDate.now().plusDays(7), LocalDate.now().plusDays(8)).variabelProses(java.time.ZoneId.of("Asia/Makassar"),
                        new id.sipeka.kalender.HariKerja(List.of())));
        List<Long> unit = new ArrayList<>();
        for (long i = 1; i <= UNIT; i++) {
            unit.add(i);
        }
        v.put("renjaId", 0L);
        v.put("kecamatanId", 0L);
        v.put("unitIds", unit);
        v.put("unitRevisi", new ArrayList<Long>());
        String[] id = new String[1];
        ulangBilaBertabrakan(() -> id[0] = runtime.startProcessInstanceByKey("renjaMentah", v).getId());
        String proses = id[0];
        while (true) {
            List<Task> terbuka = tasks.createTaskQuery().processInstanceId(proses).list();
            if (terbuka.isEmpty()) {
                return;
            }
            for (Task t : terbuka) {
                if (t.getTaskDefinitionKey().startsWith("telaah")) {
                    runtime.setVariableLocal(t.getExecutionId(), "disetujui", true);
                }
                if (t.getTaskDefinitionKey().equals("penetapan")) {
                    runtime.setVariableLocal(t.getExecutionId(), "ditetapkan", true);
                }
                ulangBilaBertabrakan(() -> tasks.complete(t.getId()));
            }
        }
    }

    /** Raw Flowable gets the same retry on deadlock/optimistic lock as SIPEKA's services, to compare like with like. */
    private static void ulangBilaBertabrakan(Runnable kerja) {
        for (int percobaan = 1; ; percobaan++) {
            try {
                kerja.run();
                return;
            } catch (RuntimeException e) {
                if (percobaan >= 8 || !id.sipeka.base.UlangSaatTabrakan.tabrakanSementara(e)) {
                    throw e;
                }
            }
        }
    }
}
