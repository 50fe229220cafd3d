package id.sipeka.gangguan;

import id.sipeka.LatarSelesai;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fault suite only: reads what a running SIPEKA holds after a fault and checks that it agrees with itself — every
 * Renja and quarterly report in our tables has exactly the Flowable tasks its state calls for (and a final one none),
 * every running process has its row, every archived document and attachment has its file with the stored SHA-256,
 * every file in the archive has its row (files without one are counted in {@code .karantina/}), and no work after
 * commit is left undone or failed. Reads the whole database: each scenario has a database and archive of its own.
 */
final class PemeriksaKonsistensi {

    /** One check: what was checked, how many things it looked at, and what did not agree (empty = OK). */
    record Hasil(String nama, int diperiksa, List<String> salah) {
        boolean ok() {
            return salah.isEmpty();
        }

        String baris() {
            return String.format("%-6s %-78s %5d diperiksa%s", ok() ? "OK" : "GAGAL", nama, diperiksa,
                    ok() ? "" : " — " + salah.subList(0, Math.min(5, salah.size())) + (salah.size() > 5 ? " …" : ""));
        }
    }

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final Path arsip;

    PemeriksaKonsistensi(ApplicationContext konteks, Path arsip) {
        this.jdbc = konteks.getBean(JdbcTemplate.class);
        this.runtime = konteks.getBean(RuntimeService.class);
        this.tasks = konteks.getBean(TaskService.class);
        this.history = konteks.getBean(HistoryService.class);
        this.arsip = arsip.toAbsolutePath().normalize();
    }

    List<Hasil> periksa() {
        // files of the XLSX copies and their rows are written after commit: wait (bounded) until that work is done;
        // what is still outstanding then is reported by the last check
        long batas = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (LatarSelesai.belumSelesai(jdbc) > 0 && System.nanoTime() < batas) {
            SiklusRenja.tidur(100);
        }
        List<Hasil> hasil = new ArrayList<>();
        hasil.add(renja());
        hasil.add(laporan());
        hasil.add(prosesBerbaris());
        hasil.add(arsipBerberkas());
        hasil.add(berkasBerbaris());
        hasil.add(latar());
        return hasil;
    }

    /** Files moved away by the start-up sweep (dokumen.SapuanArsip). */
    long dikarantina() {
        Path k = arsip.resolve(".karantina");
        if (!Files.isDirectory(k)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(k)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each Renja: one running process while not ditetapkan, with the open tasks its stage calls for; none after. */
    private Hasil renja() {
        List<String> salah = new ArrayList<>();
        List<Map<String, Object>> semua = jdbc.queryForList("SELECT id, tahap, penetapan_arsip_kode, berita_acara_arsip_kode FROM renja");
        for (Map<String, Object> r : semua) {
            long id = ((Number) r.get("id")).longValue();
            String tahap = (String) r.get("tahap");
            long berjalan = runtime.createProcessInstanceQuery().processDefinitionKey("renja")
                    .processInstanceBusinessKey(String.valueOf(id)).count();
            List<Task> terbuka = tasks.createTaskQuery().processDefinitionKey("renja")
                    .processInstanceBusinessKey(String.valueOf(id)).list();
            Set<String> kunci = new HashSet<>(terbuka.stream().map(Task::getTaskDefinitionKey).toList());
            switch (tahap) {
                case "DITETAPKAN" -> {
                    if (berjalan != 0 || !terbuka.isEmpty()) {
                        salah.add("Renja " + id + " ditetapkan tetapi prosesnya masih berjalan " + kunci);
                    }
                    if (history.createHistoricProcessInstanceQuery().processDefinitionKey("renja")
                            .processInstanceBusinessKey(String.valueOf(id)).finished().count() != 1) {
                        salah.add("Renja " + id + " ditetapkan tanpa proses yang selesai");
                    }
                    if (r.get("penetapan_arsip_kode") == null || r.get("berita_acara_arsip_kode") == null) {
                        salah.add("Renja " + id + " ditetapkan tanpa dokumen arsip");
                    }
                }
                case "FORUM" -> harus(salah, id, berjalan, kunci, terbuka.size(), Set.of("forumPerangkatDaerah"));
                case "RANCANGAN_AKHIR" -> harus(salah, id, berjalan, kunci, terbuka.size(), Set.of("setujuiRancanganAkhir"));
                case "PENETAPAN" -> harus(salah, id, berjalan, kunci, terbuka.size(), Set.of("penetapan"));
                case "PENYUSUNAN", "REVISI" -> {
                    Integer belum = jdbc.queryForObject("SELECT COUNT(*) FROM renja_bagian WHERE renja_id = ? AND status <> 'DISETUJUI'",
                            Integer.class, id);
                    if (berjalan != 1) {
                        salah.add("Renja " + id + " (" + tahap + ") punya " + berjalan + " proses berjalan");
                    } else if (!"REVISI".equals(tahap) && terbuka.size() != belum) {
                        salah.add("Renja " + id + ": " + belum + " bagian belum disetujui, " + terbuka.size() + " tugas terbuka " + kunci);
                    } else if (!Set.of("isiBagian", "revisiBagian", "telaahSekcam", "telaahRevisi").containsAll(kunci)) {
                        salah.add("Renja " + id + " (" + tahap + ") dengan tugas " + kunci);
                    }
                }
                default -> salah.add("Renja " + id + " tahap tak dikenal " + tahap);
            }
        }
        return new Hasil("Renja: tahap di tabel = proses dan tugas Flowable (selesai = tanpa tugas)", semua.size(), salah);
    }

    private static void harus(List<String> salah, long id, long berjalan, Set<String> kunci, int jumlah, Set<String> harus) {
        if (berjalan != 1 || jumlah != 1 || !kunci.equals(harus)) {
            salah.add("Renja " + id + ": harus " + harus + ", ada " + berjalan + " proses dengan tugas " + kunci);
        }
    }

    /** Each quarterly report: exactly the one open task its status calls for (a signed one none, with its archive row). */
    private Hasil laporan() {
        List<String> salah = new ArrayList<>();
        List<Map<String, Object>> semua = jdbc.queryForList("SELECT l.id, l.evaluasi_id, l.unit_kerja_id, l.status,"
                + " l.ditandatangani_pada, l.arsip_kode, a.kode AS ada_arsip FROM laporan_evaluasi l"
                + " LEFT JOIN dokumen_arsip a ON a.kode = l.arsip_kode");
        Map<Long, Map<Long, List<String>>> tugasPerEvaluasi = new HashMap<>();
        for (Map<String, Object> l : semua) {
            long id = ((Number) l.get("id")).longValue();
            long evaluasi = ((Number) l.get("evaluasi_id")).longValue();
            long unit = ((Number) l.get("unit_kerja_id")).longValue();
            List<String> tugasUnit = tugasPerEvaluasi.computeIfAbsent(evaluasi, this::tugasEvaluasi)
                    .getOrDefault(unit, List.of());
            boolean ditandatangani = l.get("ditandatangani_pada") != null;
            String harus = ditandatangani ? null : switch ((String) l.get("status")) {
                case "DIISI", "DIKEMBALIKAN" -> "isiLaporan";
                case "DIAJUKAN" -> "verifikasiSekcam";
                case "DISETUJUI" -> "tandaTanganCamat";
                default -> "?";
            };
            if (!Objects.equals(tugasUnit, harus == null ? List.of() : List.of(harus))) {
                salah.add("laporan " + id + " (" + (ditandatangani ? "DITANDATANGANI" : l.get("status")) + ") dengan tugas " + tugasUnit);
            }
            if (ditandatangani && (l.get("arsip_kode") == null || l.get("ada_arsip") == null)) {
                salah.add("laporan " + id + " ditandatangani tanpa baris arsip");
            }
        }
        return new Hasil("Laporan evaluasi: status di tabel = tugas Flowable unit itu (ditandatangani = tanpa tugas, berarsip)",
                semua.size(), salah);
    }

    /** Open tasks of one quarter's process per unit (isiLaporan by its candidate group, the others by the unit variable). */
    private Map<Long, List<String>> tugasEvaluasi(long evaluasiId) {
        Map<Long, List<String>> perUnit = new HashMap<>();
        for (Task t : tasks.createTaskQuery().processDefinitionKey("evaluasiTriwulan")
                .processInstanceBusinessKey(String.valueOf(evaluasiId)).list()) {
            Long unit = null;
            if (t.getTaskDefinitionKey().equals("isiLaporan")) {
                for (IdentityLink link : tasks.getIdentityLinksForTask(t.getId())) {
                    if (link.getGroupId() != null && link.getGroupId().startsWith("unit:")) {
                        unit = Long.parseLong(link.getGroupId().substring(5));
                    }
                }
            } else if (!t.getTaskDefinitionKey().equals("tandaTanganRekap")) {
                Object v = runtime.getVariable(t.getExecutionId(), "unitId");
                unit = v == null ? null : ((Number) v).longValue();
            }
            if (unit != null) {
                perUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(t.getTaskDefinitionKey());
            }
        }
        return perUnit;
    }

    /** Every running process of ours names a row of ours (no process left by a step that rolled back). */
    private Hasil prosesBerbaris() {
        List<String> salah = new ArrayList<>();
        Set<String> renja = new HashSet<>(jdbc.queryForList("SELECT CAST(id AS CHAR) FROM renja", String.class));
        Set<String> evaluasi = new HashSet<>(jdbc.queryForList("SELECT CAST(id AS CHAR) FROM evaluasi_triwulan", String.class));
        List<ProcessInstance> semua = runtime.createProcessInstanceQuery().list().stream()
                .filter(p -> "renja".equals(p.getProcessDefinitionKey()) || "evaluasiTriwulan".equals(p.getProcessDefinitionKey()))
                .toList();
        for (ProcessInstance p : semua) {
            String kunci = p.getProcessDefinitionKey();
            if ("renja".equals(kunci) && !renja.contains(p.getBusinessKey())
                    || "evaluasiTriwulan".equals(kunci) && !evaluasi.contains(p.getBusinessKey())) {
                salah.add(kunci + " " + p.getBusinessKey() + " tanpa baris");
            }
        }
        return new Hasil("Proses Renja/evaluasi yang berjalan di Flowable: masing-masing punya barisnya", semua.size(), salah);
    }

    /** Every archive and attachment row: its file is there and has the SHA-256 recorded when it was stored. */
    private Hasil arsipBerberkas() {
        List<String> salah = new ArrayList<>();
        List<Map<String, Object>> semua = new ArrayList<>(jdbc.queryForList("SELECT kode, berkas, sha256 FROM dokumen_arsip"));
        semua.addAll(jdbc.queryForList("SELECT kode, berkas, sha256 FROM dokumen_lampiran"));
        for (Map<String, Object> r : semua) {
            Path berkas = arsip.resolve((String) r.get("berkas"));
            if (!Files.isRegularFile(berkas)) {
                salah.add(r.get("kode") + ": berkas hilang");
                continue;
            }
            try {
                if (!sha256(Files.readAllBytes(berkas)).equals(r.get("sha256"))) {
                    salah.add(r.get("kode") + ": SHA-256 tidak cocok");
                }
            } catch (IOException e) {
                salah.add(r.get("kode") + ": " + e.getMessage());
            }
        }
        return new Hasil("Baris arsip dan lampiran: berkasnya ada dan SHA-256-nya cocok", semua.size(), salah);
    }

    /** No file in the archive (outside .karantina/) without a row naming it. */
    private Hasil berkasBerbaris() {
        Set<Path> tercatat = new HashSet<>();
        Stream.concat(jdbc.queryForList("SELECT berkas FROM dokumen_arsip", String.class).stream(),
                jdbc.queryForList("SELECT berkas FROM dokumen_lampiran", String.class).stream())
                .forEach(b -> tercatat.add(arsip.resolve(b).normalize()));
        List<String> salah = new ArrayList<>();
        int n = 0;
        if (Files.isDirectory(arsip)) {
            try (Stream<Path> s = Files.walk(arsip)) {
                for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.startsWith(arsip.resolve(".karantina"))).toList()) {
                    n++;
                    if (!tercatat.contains(p.normalize())) {
                        salah.add(arsip.relativize(p) + " tanpa baris");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Hasil("Berkas di arsip: tidak ada yang yatim (tanpa baris); dikarantina: " + dikarantina(), n, salah);
    }

    /** Work after commit (XLSX copies, keys, notifications): none left outstanding or failed. */
    private Hasil latar() {
        List<String> salah = new ArrayList<>();
        Integer semua = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION", Integer.class);
        jdbc.queryForList("SELECT EVENT_TYPE, STATUS, LISTENER_ID FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .forEach(r -> salah.add(r.get("EVENT_TYPE") + " " + r.get("STATUS") + " " + r.get("LISTENER_ID")));
        return new Hasil("Pekerjaan sesudah commit (salinan XLSX, pemberitahuan): tidak ada yang tertunda atau gagal (tunggu ≤ 60 s)", semua == null ? 0 : semua, salah);
    }

    static String sha256(byte[] isi) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
