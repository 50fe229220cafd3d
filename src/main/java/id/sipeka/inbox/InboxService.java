package id.sipeka.inbox;

import id.sipeka.base.RuteTugas;
import id.sipeka.inbox.JudulTugas.TugasProses;
import id.sipeka.security.Akses;
import id.sipeka.security.PenggunaSipeka;
import id.sipeka.security.Penugasan;
import id.sipeka.security.Peran;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.variable.api.persistence.entity.VariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's open tasks over every process. Tasks are offered to groups ("unit:&lt;id&gt;",
 * "sekcam:&lt;kecamatan&gt;", "camat:&lt;kecamatan&gt;"); the user's groups follow from their role, unit and Plt./Plh.
 * valid today. Nothing here knows a process: the screen comes from the user task's formKey and the process's business
 * key (our document's id), the document's title from the process's {@link JudulTugas} bean.
 */
@Service
public class InboxService {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Akses akses;
    private final Clock clock;
    private final Map<String, JudulTugas> judulPerProses;

    InboxService(TaskService tasks, RuntimeService runtime, Akses akses, Clock clock, List<JudulTugas> judul) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.akses = akses;
        this.clock = clock;
        this.judulPerProses = judul.stream().collect(Collectors.toMap(JudulTugas::prosesKey, Function.identity()));
    }

    /**
     * One open task.
     *
     * @param nama the task's name in the process ("Isi laporan evaluasi TW III")
     * @param prosesNama the process's name for the filter ("Evaluasi triwulan")
     * @param judul the document the task is about ("Laporan evaluasi TW III 2026 — Seksi Pelayanan Umum")
     * @param rute the screen to open, e.g. "renja/12/bagian" (the formKey with the business key inserted)
     * @param jatuhTempo the task's due moment; null when the process sets none
     * @param batas the last day to finish it (the day before a due moment at midnight, as the processes set them)
     * @param mingguIni not late yet, and the last day falls in the current week (Monday to Sunday)
     */
    public record Tugas(String id, String nama, String prosesKey, String prosesNama, String kunciBisnis, String judul,
            String rute, Instant jatuhTempo, LocalDate batas, boolean terlambat, boolean mingguIni, Instant dibuat) {
    }

    /**
     * The variable types whose value is in the variable's own row. Titles and routes need ids and numbers only; a
     * serialized value (a multi-instance's list of units) would cost a query for its bytes and more for Flowable to
     * track it, per variable per call — so the query does not initialise values, and only these are read.
     */
    private static final Set<String> NILAI_SEDERHANA = Set.of("null", "string", "long", "integer", "short", "double",
            "boolean", "date", "instant", "localDate", "localDateTime", "bigdecimal", "biginteger", "uuid");

    @Transactional(readOnly = true)
    public List<Tugas> tugasSaya() {
        List<String> grup = grupSaya();
        if (grup.isEmpty()) {
            return List.of();
        }
        List<Task> daftar = tasks.createTaskQuery().taskCandidateGroupIn(grup).list();
        if (daftar.isEmpty()) {
            return List.of();
        }
        Set<String> prosesIds = daftar.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        // three queries for the whole list, however many tasks: instances (business keys), executions, variables
        Map<String, ProcessInstance> proses = runtime.createProcessInstanceQuery().processInstanceIds(prosesIds).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        Map<String, String> induk = new HashMap<>();
        for (Execution e : runtime.createExecutionQuery().processInstanceIds(prosesIds).list()) {
            induk.put(e.getId(), e.getParentId());
        }
        Set<String> eksekusi = new LinkedHashSet<>(induk.keySet());
        eksekusi.addAll(prosesIds);
        Map<String, Map<String, Object>> variabelLokal = new HashMap<>();
        for (VariableInstance v : runtime.createVariableInstanceQuery().executionIds(eksekusi).excludeTaskVariables()
                .excludeVariableInitialization().list()) {
            if (NILAI_SEDERHANA.contains(v.getTypeName())) {
                variabelLokal.computeIfAbsent(v.getExecutionId(), x -> new HashMap<>()).put(v.getName(), v.getValue());
            }
        }

        ZonedDateTime sekarang = clock.instant().atZone(clock.getZone());
        LocalDate akhirMinggu = sekarang.toLocalDate().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<String, List<TugasProses>> perProses = new LinkedHashMap<>();
        Map<String, TugasProses> dariTugas = new HashMap<>();
        for (Task t : daftar) {
            ProcessInstance p = proses.get(t.getProcessInstanceId());
            TugasProses tp = new TugasProses(t.getId(), t.getTaskDefinitionKey(), p == null ? null : p.getBusinessKey(),
                    terlihat(t.getExecutionId(), t.getProcessInstanceId(), induk, variabelLokal));
            perProses.computeIfAbsent(prosesKey(t), k -> new ArrayList<>()).add(tp);
            dariTugas.put(t.getId(), tp);
        }
        Map<String, String> judul = new HashMap<>();
        perProses.forEach((key, daftarTugas) -> {
            JudulTugas penyedia = judulPerProses.get(key);
            if (penyedia != null) {
                judul.putAll(penyedia.judul(daftarTugas));
            }
        });

        List<Tugas> hasil = new ArrayList<>();
        for (Task t : daftar) {
            ProcessInstance p = proses.get(t.getProcessInstanceId());
            String key = prosesKey(t);
            String namaProses = namaProses(key, p);
            String kunci = dariTugas.get(t.getId()).kunciBisnis();
            Instant tempo = t.getDueDate() == null ? null : t.getDueDate().toInstant();
            LocalDate batas = tempo == null ? null : hariTerakhir(tempo.atZone(clock.getZone()));
            boolean terlambat = tempo != null && !sekarang.toInstant().isBefore(tempo);
            hasil.add(new Tugas(t.getId(), t.getName(), key, namaProses, kunci,
                    judul.getOrDefault(t.getId(), kunci == null ? namaProses : namaProses + " " + kunci),
                    rute(key, dariTugas.get(t.getId()), t.getFormKey()), tempo, batas, terlambat,
                    !terlambat && batas != null && !batas.isAfter(akhirMinggu), t.getCreateTime().toInstant()));
        }
        hasil.sort(Comparator.comparing(Tugas::jatuhTempo, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Tugas::dibuat));
        return hasil;
    }

    /** How many open tasks the signed-in user has (the badge beside "Tugas Saya"); one count query. */
    @Transactional(readOnly = true)
    public long jumlahTugasSaya() {
        List<String> grup = grupSaya();
        return grup.isEmpty() ? 0 : tasks.createTaskQuery().taskCandidateGroupIn(grup).count();
    }

    /** The candidate groups of the signed-in user today. */
    public List<String> grupSaya() {
        PenggunaSipeka p = akses.pengguna();
        if (p.kecamatanId() == null) {
            return List.of();
        }
        var hariIni = akses.hariIni();
        Set<String> grup = new LinkedHashSet<>();
        if (p.unitKerjaId() != null && (p.peran() == Peran.KEPALA_UNIT || p.peran() == Peran.STAF)) {
            grup.add("unit:" + p.unitKerjaId());
        }
        for (Penugasan t : p.penugasanPada(hariIni)) {
            if (t.peran() == Peran.KEPALA_UNIT && t.unitKerjaId() != null) {
                grup.add("unit:" + t.unitKerjaId());
            }
        }
        if (p.punyaPeran(Peran.SEKCAM, hariIni)) {
            grup.add("sekcam:" + p.kecamatanId());
        }
        if (p.punyaPeran(Peran.CAMAT, hariIni)) {
            grup.add("camat:" + p.kecamatanId());
        }
        return List.copyOf(grup);
    }

    private static String prosesKey(Task t) {
        return t.getProcessDefinitionId().split(":")[0];
    }

    private String rute(String key, TugasProses tugas, String formKey) {
        JudulTugas penyedia = judulPerProses.get(key);
        return penyedia != null ? penyedia.rute(tugas, formKey) : RuteTugas.dari(formKey, tugas.kunciBisnis());
    }

    private String namaProses(String key, ProcessInstance p) {
        JudulTugas penyedia = judulPerProses.get(key);
        if (penyedia != null) {
            return penyedia.namaProses();
        }
        return p != null && p.getProcessDefinitionName() != null ? p.getProcessDefinitionName() : key;
    }

    /**
     * The processes set a deadline day D as due at the start of D+1 (so the escalation fires when D is over); the
     * user reads D. A due moment during a day is that day.
     */
    private static LocalDate hariTerakhir(ZonedDateTime tempo) {
        return tempo.toLocalTime().equals(LocalTime.MIDNIGHT) ? tempo.toLocalDate().minusDays(1) : tempo.toLocalDate();
    }

    /** The process's variables overlaid, from the outside in, by the local variables of the task's enclosing executions. */
    private static Map<String, Object> terlihat(String eksekusiId, String prosesId, Map<String, String> induk,
            Map<String, Map<String, Object>> lokal) {
        List<String> rantai = new ArrayList<>();
        for (String e = eksekusiId; e != null && !e.equals(prosesId) && rantai.size() < 50; e = induk.get(e)) {
            rantai.add(e);
        }
        Map<String, Object> v = new HashMap<>(lokal.getOrDefault(prosesId, Map.of()));
        for (int i = rantai.size() - 1; i >= 0; i--) {
            v.putAll(lokal.getOrDefault(rantai.get(i), Map.of()));
        }
        return Map.copyOf(v.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
