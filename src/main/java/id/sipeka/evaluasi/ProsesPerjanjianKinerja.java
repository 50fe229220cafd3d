package id.sipeka.evaluasi;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The only place that talks to Flowable about a unit's Perjanjian Kinerja (processes/perjanjian-kinerja.bpmn20.xml,
 * business key "renjaId:unitId"): started when the unit head has signed, its camat's task done at the countersignature.
 */
@Component
class ProsesPerjanjianKinerja {

    static final String KUNCI = "perjanjianKinerja";
    static final String TANDA_TANGAN = "tandaTanganPihakKedua";

    private final RuntimeService runtime;
    private final TaskService tasks;

    ProsesPerjanjianKinerja(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    void mulai(long renjaId, long unitId, long kecamatanId, int tahun) {
        runtime.startProcessInstanceByKey(KUNCI, kunci(renjaId, unitId),
                Map.of("renjaId", renjaId, "unitId", unitId, "kecamatanId", kecamatanId, "tahun", tahun));
    }

    void ditandatanganiKedua(long renjaId, long unitId) {
        var tugas = tasks.createTaskQuery().processDefinitionKey(KUNCI).processInstanceBusinessKey(kunci(renjaId, unitId))
                .taskDefinitionKey(TANDA_TANGAN).list().stream().findFirst()
                .orElseThrow(() -> new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", TANDA_TANGAN)));
        tasks.complete(tugas.getId());
    }

    private static String kunci(long renjaId, long unitId) {
        return renjaId + ":" + unitId;
    }
}
