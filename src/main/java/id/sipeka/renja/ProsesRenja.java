package id.sipeka.renja;

import id.sipeka.base.AlurProses;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.PembacaAlurProses;
import id.sipeka.base.Pesan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Renja's process on Flowable (processes/renja.bpmn20.xml, business key = the Renja's id): the only class that
 * queries, starts or completes its tasks. Use cases ask it for the task that must be open for their step and hand it
 * back to complete; nothing else in the module knows a task definition key or a candidate group.
 */
@Component
class ProsesRenja {

    static final String PROSES = "renja";

    private static final List<String> ISI = List.of("isiBagian", "revisiBagian");
    private static final List<String> TELAAH = List.of("telaahSekcam", "telaahRevisi");
    private static final String FORUM = "forumPerangkatDaerah";
    private static final String RANCANGAN_AKHIR = "setujuiRancanganAkhir";
    private static final String PENETAPAN = "penetapan";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final PembacaAlurProses alur;

    ProsesRenja(RuntimeService runtime, TaskService tasks, PembacaAlurProses alur) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.alur = alur;
    }

    void mulai(Renja renja, Map<String, Object> variabel) {
        runtime.startProcessInstanceByKey(PROSES, String.valueOf(renja.id), variabel);
    }

    private TaskQuery tugas(Renja renja) {
        return tasks.createTaskQuery().processDefinitionKey(PROSES).processInstanceBusinessKey(String.valueOf(renja.id));
    }

    /** The unit's open "Isi bagian" or "Revisi bagian" task; none means the unit may not change anything now. */
    Task tugasIsi(Renja renja, long unitId) {
        return tugas(renja).taskDefinitionKeys(ISI).taskCandidateGroup("unit:" + unitId).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.bukanTugasAnda")));
    }

    boolean sedangDiisi(Renja renja, long unitId) {
        return tugas(renja).taskDefinitionKeys(ISI).taskCandidateGroup("unit:" + unitId).count() > 0;
    }

    /** The sekcam's open review of the unit's section (first round or after the forum). */
    Task tugasTelaah(Renja renja, long unitId) {
        List<Task> telaah = tugas(renja).taskDefinitionKeys(TELAAH).list();
        Map<String, Long> unit = unitPerTugas(telaah);
        return telaah.stream()
                .filter(t -> Objects.equals(unit.get(t.getId()), unitId))
                .findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.tidakAdaTugas", "Telaah sekcam")));
    }

    /** Units whose section waits for the sekcam's review now. */
    List<Long> menungguTelaah(Renja renja) {
        List<Task> telaah = tugas(renja).taskDefinitionKeys(TELAAH).list();
        Map<String, Long> unit = unitPerTugas(telaah);
        return telaah.stream().map(t -> unit.get(t.getId())).toList();
    }

    /** Whether any revision is still being filled or reviewed (after the forum). */
    boolean adaRevisiTerbuka(Renja renja) {
        return tugas(renja).taskDefinitionKeys(List.of("revisiBagian", "telaahRevisi")).count() > 0;
    }

    Task tugasForum(Renja renja) {
        return wajib(renja, FORUM, "sekcam:" + renja.kecamatanId);
    }

    boolean forumTerbuka(Renja renja) {
        return ada(renja, FORUM, "sekcam:" + renja.kecamatanId);
    }

    Task tugasRancanganAkhir(Renja renja) {
        return wajib(renja, RANCANGAN_AKHIR, "sekcam:" + renja.kecamatanId);
    }

    boolean rancanganAkhirTerbuka(Renja renja) {
        return ada(renja, RANCANGAN_AKHIR, "sekcam:" + renja.kecamatanId);
    }

    Task tugasPenetapan(Renja renja) {
        return wajib(renja, PENETAPAN, "camat:" + renja.kecamatanId);
    }

    boolean penetapanTerbuka(Renja renja) {
        return ada(renja, PENETAPAN, "camat:" + renja.kecamatanId);
    }

    /** The open steps with the unit each is about (null for the whole Renja), oldest first. */
    List<Langkah> langkahTerbuka(Renja renja) {
        List<Task> terbuka = tugas(renja).orderByTaskCreateTime().asc().list();
        Map<String, Long> unit = unitPerTugas(terbuka);
        return terbuka.stream().map(t -> new Langkah(t.getName(), unit.get(t.getId()))).toList();
    }

    record Langkah(String nama, Long unitId) {
    }

    /**
     * The Renja's process for its picture: the active activity ids of its instance (every unit's open step at once)
     * and the steps already passed; empty for a Renja without a process.
     */
    Optional<AlurProses> alur(Renja renja) {
        return alur.baca(PROSES, String.valueOf(renja.id));
    }

    /**
     * Gives a unit that had no section its own "Isi bagian" (or, after the forum, "Revisi bagian") task: one more
     * instance of the running per-unit subprocess, exactly as if the unit had been in its list from the start.
     */
    void tambahPengisi(Renja renja, long unitId, boolean revisi) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROSES)
                .processInstanceBusinessKey(String.valueOf(renja.id)).singleResult().getId();
        runtime.addMultiInstanceExecution(revisi ? "revisiBagianUnit" : "penyusunanBagian", instance,
                Map.of("unitId", unitId));
    }

    void selesaikan(Task tugas) {
        tasks.complete(tugas.getId());
    }

    /** Completes a decision task: its outcome is a local variable the gateway after it reads. */
    void putuskan(Task tugas, String variabel, boolean nilai) {
        runtime.setVariableLocal(tugas.getExecutionId(), variabel, nilai);
        tasks.complete(tugas.getId());
    }

    /** Completes the forum, naming the units that revise next. */
    void selesaikanForum(Task tugas, List<Long> unitRevisi) {
        runtime.setVariable(tugas.getProcessInstanceId(), "unitRevisi", unitRevisi);
        tasks.complete(tugas.getId());
    }

    private Task wajib(Renja renja, String kunci, String grup) {
        return tugas(renja).taskDefinitionKey(kunci).taskCandidateGroup(grup).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("renja.tidakAdaTugas", kunci)));
    }

    private boolean ada(Renja renja, String kunci, String grup) {
        return tugas(renja).taskDefinitionKey(kunci).taskCandidateGroup(grup).count() > 0;
    }

    /**
     * The unit each task is about (absent for a task about the whole Renja), in two queries for all of them instead
     * of walking each task's executions up to its variable: {@code unitId} is the element variable of the unit's
     * multi-instance execution, a local variable of the task's execution or of its parent. A task found in neither
     * (another shape of process) is read the long way, as before.
     */
    private Map<String, Long> unitPerTugas(List<Task> daftar) {
        if (daftar.isEmpty()) {
            return Map.of();
        }
        Map<String, String> induk = new HashMap<>();
        daftar.stream().map(Task::getProcessInstanceId).distinct().forEach(proses -> runtime.createExecutionQuery()
                .processInstanceId(proses).list().forEach(e -> {
                    if (e.getParentId() != null) {
                        induk.put(e.getId(), e.getParentId());
                    }
                }));
        Set<String> eksekusi = new HashSet<>();
        for (Task t : daftar) {
            eksekusi.add(t.getExecutionId());
            if (induk.containsKey(t.getExecutionId())) {
                eksekusi.add(induk.get(t.getExecutionId()));
            }
        }
        Map<String, Object> unitPerEksekusi = new HashMap<>();
        runtime.getVariableInstancesByExecutionIds(eksekusi).stream().filter(v -> "unitId".equals(v.getName()))
                .forEach(v -> unitPerEksekusi.put(v.getExecutionId(), v.getValue()));
        Map<String, Long> hasil = new HashMap<>();
        for (Task t : daftar) {
            Object unitId = unitPerEksekusi.containsKey(t.getExecutionId()) ? unitPerEksekusi.get(t.getExecutionId())
                    : induk.containsKey(t.getExecutionId()) && unitPerEksekusi.containsKey(induk.get(t.getExecutionId()))
                            ? unitPerEksekusi.get(induk.get(t.getExecutionId()))
                            : runtime.getVariable(t.getExecutionId(), "unitId");
            if (unitId != null) {
                hasil.put(t.getId(), ((Number) unitId).longValue());
            }
        }
        return hasil;
    }
}
