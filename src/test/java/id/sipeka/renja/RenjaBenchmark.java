package id.sipeka.renja;

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
 * against the same process driven through raw Flowable on the same MariaDB database.
 * Run: {@code ./mvnw test -Pbenchmark}. Settings: -Dbenchmark.siklus (cycles, default 24), -Dbenchmark.unit (units per
 * Renja, default 6), -Dbenchmark.paralel (concurrent cycles, default 4).
 */
@Tag("benchmark")
@SpringBootTest
class RenjaBenchmark {

    static final int SIKLUS = Integer.getInteger("benchmark.siklus", 24);
    static final int UNIT = Integer.getInteger("benchmark.unit", 6);
    static final int PARALEL = Integer.getInteger("benchmark.paralel", 4);

    @Autowired
    RenjaService renja;
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
        long id = renja.buka(kec.kecamatanId(), 2026, new Batas(h.plusDays(5), h.plusDays(6), h.plusDays(7), h.plusDays(8))).id();
        for (int i = 0; i < kec.unit().size(); i++) {
            Masuk.sebagai(users, kec.kepala().get(i));
            BarisRenja b = renja.barisUnit(id, kec.unit().get(i)).getFirst();
            renja.simpanBaris(new UbahBarisRenja(b.id(), b.version(), b.indikator(), b.target(), b.lokasi(), b.pagu(), "APBD",
                    null, b.targetMaju(), b.paguMaju()));
            renja.ajukanBagian(id, kec.unit().get(i));
        }
        Masuk.sebagai(users, kec.sekcam());
        for (Long unit : kec.unit()) {
            renja.setujuiBagian(id, unit);
        }
        renja.simpanForum(id, new Forum(h, "Aula", "Peserta", List.of()));
        renja.selesaikanForum(id, Set.of());
        renja.setujuiRancanganAkhir(id);
        Masuk.sebagai(users, kec.camat());
        renja.tetapkan(id, "Uji", h);
    }

    /** The same process, its tasks completed straight through Flowable's API (no SIPEKA tables, checks or audit). */
    private void siklusFlowable() {
        Map<String, Object> v = new HashMap<>(new Batas(LocalDate.now().plusDays(5), LocalDate.now().plusDays(6),
                LocalDate.now().plusDays(7), LocalDate.now().plusDays(8)).variabelProses(java.time.ZoneId.of("Asia/Makassar")));
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
