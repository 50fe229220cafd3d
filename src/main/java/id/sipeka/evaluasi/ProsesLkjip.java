package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * The only place that talks to Flowable about an LKjIP (processes/lkjip.bpmn20.xml, business key = the lkjip id):
 * started when the sekcam first works on the year's LKjIP; the sekcam's task is done when it is submitted, the
 * camat's when it is signed or returned.
 */
@Component
class ProsesLkjip {

    static final String KUNCI = "lkjip";
    static final String SUSUN = "susunLkjip";
    static final String TANDA_TANGAN = "tandaTanganCamat";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProsesLkjip(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void mulai(Lkjip l) {
        runtime.startProcessInstanceByKey(KUNCI, String.valueOf(l.id),
                Map.of("lkjipId", l.id, "kecamatanId", l.kecamatanId, "tahun", l.tahun));
    }

    void diajukan(long lkjipId) {
        tasks.complete(wajib(lkjipId, SUSUN).getId());
    }

    void diputuskan(long lkjipId, boolean ditandatangani) {
        tasks.complete(wajib(lkjipId, TANDA_TANGAN).getId(), Map.of("ditandatangani", ditandatangani));
    }

    private Task wajib(long lkjipId, String kunci) {
        return tasks.createTaskQuery().processDefinitionKey(KUNCI).processInstanceBusinessKey(String.valueOf(lkjipId))
                .taskDefinitionKey(kunci).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", kunci)));
    }
}
