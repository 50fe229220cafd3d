package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The only place that talks to Flowable about a unit's rencana aksi (processes/rencana-aksi.bpmn20.xml, business key
 * = the rencana_aksi_unit id): it starts the process when the rencana aksi comes into being and completes the unit's
 * and the sekcam's tasks. A rencana aksi from before the process existed gets its process on its next step.
 */
@Component
class ProsesRencanaAksi {

    static final String KUNCI = "rencanaAksi";
    private static final String ISI = "isiRencanaAksi";
    private static final String PERSETUJUAN = "persetujuanSekcam";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProsesRencanaAksi(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void mulai(RencanaAksiUnit u, long kecamatanId, int tahun) {
        Map<String, Object> variabel = new HashMap<>();
        variabel.put("rencanaAksiUnitId", u.id);
        variabel.put("renjaId", u.renjaId);
        variabel.put("unitId", u.unitKerjaId);
        variabel.put("kecamatanId", kecamatanId);
        variabel.put("tahun", tahun);
        runtime.startProcessInstanceByKey(KUNCI, String.valueOf(u.id), variabel);
    }

    /**
     * The process of a rencana aksi created before rencana aksi ran on a process: started at the step its state is
     * in (the unit's task, or the sekcam's when it is submitted). An approved one needs none.
     */
    void pastikan(RencanaAksiUnit u, long kecamatanId, int tahun) {
        if (u.disetujui() || proses(u.id).isPresent()) {
            return;
        }
        mulai(u, kecamatanId, tahun);
        if (u.diajukan()) {
            tasks.complete(wajib(u.id, ISI).getId());
        }
    }

    /** The unit submits: its "Isi rencana aksi" task is done. */
    void diajukan(long rencanaAksiUnitId) {
        tasks.complete(wajib(rencanaAksiUnitId, ISI).getId());
    }

    /** The sekcam decides: approved ends the process, returned gives the unit its task again. */
    void diputuskan(long rencanaAksiUnitId, boolean disetujui) {
        Task t = wajib(rencanaAksiUnitId, PERSETUJUAN);
        tasks.complete(t.getId(), Map.of("disetujui", disetujui));
    }

    /** A rencana aksi replaced by a Renja Perubahan's: its open process ends. */
    void batalkan(long rencanaAksiUnitId, String alasan) {
        proses(rencanaAksiUnitId).ifPresent(p -> runtime.deleteProcessInstance(p.getId(), alasan));
    }

    private Optional<ProcessInstance> proses(long rencanaAksiUnitId) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(KUNCI)
                .processInstanceBusinessKey(String.valueOf(rencanaAksiUnitId)).singleResult());
    }

    private Task wajib(long rencanaAksiUnitId, String kunci) {
        return tasks.createTaskQuery().processDefinitionKey(KUNCI).processInstanceBusinessKey(String.valueOf(rencanaAksiUnitId))
                .taskDefinitionKey(kunci).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", kunci)));
    }
}
