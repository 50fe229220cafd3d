package id.sipeka.evaluasi;

import id.sipeka.base.AlurProses;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.kalender.KalenderKerja;
import id.sipeka.base.PembacaAlurProses;
import id.sipeka.base.Pesan;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The only place that talks to Flowable about the quarterly evaluation (processes/evaluasi-triwulan.bpmn20.xml,
 * business key = the evaluation's id): it starts the process, finds the open task of a step and completes it with
 * the step's decision. The services never see a Flowable type or a task definition key.
 */
@Component
class ProsesEvaluasi {

    static final String KUNCI = "evaluasiTriwulan";

    /** An open task of the process: enough to complete it later in the same step. */
    record Tugas(String id, String executionId) {
    }

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final Clock clock;
    private final KalenderKerja kalender;
    private final PembacaAlurProses alur;

    ProsesEvaluasi(RuntimeService runtime, TaskService tasks, Clock clock, KalenderKerja kalender, PembacaAlurProses alur) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.clock = clock;
        this.kalender = kalender;
        this.alur = alur;
    }

    /**
     * Starts the quarter's process: one "Isi laporan" per unit, reminders before and escalation after the deadline.
     * {@code laporanIdPerUnit} lets a timer name the report it is about ({@code sipeka:subjek}).
     */
    void mulai(EvaluasiTriwulan e, Map<Long, Long> laporanIdPerUnit) {
        ZoneId zona = clock.getZone();
        Map<String, Object> variabel = new HashMap<>();
        variabel.put("evaluasiId", e.id);
        variabel.put("kecamatanId", e.kecamatanId);
        variabel.put("triwulan", e.triwulan);
        variabel.put("tw", FormatIndonesia.triwulan(e.triwulan)); // task names read "TW III", as every report writes it
        variabel.put("unitIds", new ArrayList<>(laporanIdPerUnit.keySet()));
        // keyed by the unit id as text, so the lookup in sipeka:subjek does not depend on how Flowable stores a map
        Map<String, Long> laporanIdPerUnitTeks = new HashMap<>();
        laporanIdPerUnit.forEach((unit, laporan) -> laporanIdPerUnitTeks.put(String.valueOf(unit), laporan));
        variabel.put("laporanIdPerUnit", laporanIdPerUnitTeks);
        variabel.put("batas", e.batas.plusDays(1).atStartOfDay(zona).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        // two working days before the deadline; the escalation timer itself moves to a working day (hariKerja)
        variabel.put("pengingat", kalender.waktuPengingat(e.batas, 2).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        runtime.startProcessInstanceByKey(KUNCI, String.valueOf(e.id), variabel);
    }

    /** The unit's open "Isi laporan" task. */
    Optional<Tugas> isiLaporan(long evaluasiId, long unitId) {
        return tugasGrup(evaluasiId, "isiLaporan", "unit:" + unitId);
    }

    /** The sekcam's open verification of one unit's report. */
    Optional<Tugas> verifikasiSekcam(long evaluasiId, long unitId) {
        return tugasUnit(evaluasiId, "verifikasiSekcam", unitId);
    }

    /** The camat's open signature of one unit's report. */
    Optional<Tugas> tandaTanganCamat(long evaluasiId, long unitId) {
        return tugasUnit(evaluasiId, "tandaTanganCamat", unitId);
    }

    /** The camat's open signature of the quarter's recap. */
    Optional<Tugas> tandaTanganRekap(long evaluasiId, long kecamatanId) {
        return tugasGrup(evaluasiId, "tandaTanganRekap", "camat:" + kecamatanId);
    }

    /** The quarter's process for its picture: the active activity ids of every unit at once, the steps passed. */
    Optional<AlurProses> alur(long evaluasiId) {
        return alur.baca(KUNCI, String.valueOf(evaluasiId));
    }

    /**
     * The process as one unit's report sees it: the unit's own open task, or, once every report is signed, the
     * quarter's recap steps. Other units' steps are not this report's, and which steps this unit has passed is not
     * told apart from theirs in Flowable's history, so none is marked done.
     */
    Optional<AlurProses> alurUnit(long evaluasiId, long unitId) {
        return alur(evaluasiId).map(a -> {
            Set<String> langkah = new HashSet<>();
            isiLaporan(evaluasiId, unitId).ifPresent(t -> langkah.add("isiLaporan"));
            verifikasiSekcam(evaluasiId, unitId).ifPresent(t -> langkah.add("verifikasiSekcam"));
            tandaTanganCamat(evaluasiId, unitId).ifPresent(t -> langkah.add("tandaTanganCamat"));
            a.saatIni().stream().filter(id -> id.equals("susunRekap") || id.equals("tandaTanganRekap")).forEach(langkah::add);
            return a.hanyaSaatIni(langkah);
        });
    }

    Tugas wajibIsiLaporan(long evaluasiId, long unitId) {
        return isiLaporan(evaluasiId, unitId).orElseThrow(() -> tidakAda("isiLaporan"));
    }

    Tugas wajibVerifikasiSekcam(long evaluasiId, long unitId) {
        return verifikasiSekcam(evaluasiId, unitId).orElseThrow(() -> tidakAda("Verifikasi sekcam"));
    }

    Tugas wajibTandaTanganCamat(long evaluasiId, long unitId) {
        return tandaTanganCamat(evaluasiId, unitId).orElseThrow(() -> tidakAda("Tanda tangan camat"));
    }

    Tugas wajibTandaTanganRekap(long evaluasiId, long kecamatanId) {
        return tandaTanganRekap(evaluasiId, kecamatanId).orElseThrow(() -> tidakAda("tandaTanganRekap"));
    }

    void selesaikan(Tugas tugas) {
        tasks.complete(tugas.id());
    }

    /** Completes a decision task; the gateway after it reads {@code keputusan} from the per-unit execution. */
    void selesaikan(Tugas tugas, String keputusan, boolean nilai) {
        runtime.setVariableLocal(tugas.executionId(), keputusan, nilai);
        tasks.complete(tugas.id());
    }

    private static AturanDilanggarException tidakAda(String namaTugas) {
        return new AturanDilanggarException(Pesan.get("evaluasi.tidakAdaTugas", namaTugas));
    }

    private Optional<Tugas> tugasGrup(long evaluasiId, String kunci, String grup) {
        return tasks.createTaskQuery().processDefinitionKey(KUNCI).processInstanceBusinessKey(String.valueOf(evaluasiId))
                .taskDefinitionKey(kunci).taskCandidateGroup(grup).list().stream().findFirst()
                .map(t -> new Tugas(t.getId(), t.getExecutionId()));
    }

    /** The sekcam's or camat's task for one unit (their tasks carry the unit as process variable). */
    private Optional<Tugas> tugasUnit(long evaluasiId, String kunci, long unitId) {
        return tasks.createTaskQuery().processDefinitionKey(KUNCI).processInstanceBusinessKey(String.valueOf(evaluasiId))
                .taskDefinitionKey(kunci).list().stream()
                .filter(t -> Objects.equals(((Number) runtime.getVariable(t.getExecutionId(), "unitId")).longValue(), unitId))
                .findFirst().map(t -> new Tugas(t.getId(), t.getExecutionId()));
    }
}
