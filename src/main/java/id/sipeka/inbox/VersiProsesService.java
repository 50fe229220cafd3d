package id.sipeka.inbox;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Pesan;
import id.sipeka.security.Akses;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the admin: the versions of the BPMN processes and the instances running on each, and moving the running
 * instances of an old version to the newest one (Flowable's process migration). A changed file in processes/ is
 * deployed at start-up as a new version; a Renja or evaluation already running stays on the version it started on
 * until it ends, unless the admin moves it here. Served at {@code /actuator/proses} ({@link TitikProses}).
 */
@Service
public class VersiProsesService {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ProcessMigrationService migrasi;
    private final Akses akses;

    VersiProsesService(RepositoryService repository, RuntimeService runtime, ProcessMigrationService migrasi, Akses akses) {
        this.repository = repository;
        this.runtime = runtime;
        this.migrasi = migrasi;
        this.akses = akses;
    }

    /** Every process key: its newest version and the number of running instances per version (oldest first). */
    @Transactional(readOnly = true)
    public List<VersiProses> versi() {
        akses.wajibAdmin();
        Map<String, Integer> terbaru = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion, Math::max, TreeMap::new));
        Map<String, Map<Integer, Long>> berjalan = new TreeMap<>();
        for (ProcessInstance p : runtime.createProcessInstanceQuery().list()) {
            berjalan.computeIfAbsent(p.getProcessDefinitionKey(), k -> new TreeMap<>())
                    .merge(p.getProcessDefinitionVersion(), 1L, Long::sum);
        }
        List<VersiProses> hasil = new ArrayList<>();
        terbaru.forEach((kunci, versi) -> hasil.add(new VersiProses(kunci, versi, berjalan.getOrDefault(kunci, Map.of()))));
        return hasil;
    }

    /**
     * Moves every running instance of {@code kunci} version {@code dariVersi} to the newest version of {@code kunci}.
     * Each is checked first (every activity it waits in must exist, by id, in the newest version); when any cannot
     * be moved, none is, and the reasons are returned. One transaction: all are moved or none.
     */
    @Transactional
    public HasilPemindahan pindahkanKeTerbaru(String kunci, int dariVersi) {
        akses.wajibAdmin();
        ProcessDefinition tujuan = repository.createProcessDefinitionQuery().processDefinitionKey(kunci).latestVersion()
                .singleResult();
        if (tujuan == null) {
            throw new AturanDilanggarException(Pesan.get("versiProses.tidakAda", kunci));
        }
        if (dariVersi >= tujuan.getVersion()) {
            throw new AturanDilanggarException(Pesan.get("versiProses.bukanLama", kunci, dariVersi, tujuan.getVersion()));
        }
        List<ProcessInstance> instans = runtime.createProcessInstanceQuery().processDefinitionKey(kunci).list().stream()
                .filter(p -> p.getProcessDefinitionVersion() == dariVersi).toList();
        List<String> masalah = new ArrayList<>();
        for (ProcessInstance p : instans) {
            builder(tujuan).validateMigration(p.getId()).getValidationMessages()
                    .forEach(m -> masalah.add(p.getBusinessKey() + ": " + m));
        }
        if (!masalah.isEmpty()) {
            return new HasilPemindahan(kunci, dariVersi, tujuan.getVersion(), 0, masalah);
        }
        instans.forEach(p -> builder(tujuan).migrate(p.getId()));
        return new HasilPemindahan(kunci, dariVersi, tujuan.getVersion(), instans.size(), List.of());
    }

    private ProcessInstanceMigrationBuilder builder(ProcessDefinition tujuan) {
        // activities keep their ids across versions: Flowable maps each waiting activity to the one of the same id
        return migrasi.createProcessInstanceMigrationBuilder().migrateToProcessDefinition(tujuan.getId());
    }

    /** @param berjalanPerVersi running instances per version, only versions that have any */
    public record VersiProses(String kunci, int versiTerbaru, Map<Integer, Long> berjalanPerVersi) {
    }

    /** @param masalah why instances cannot be moved (then {@code dipindahkan} is 0); empty when all were moved */
    public record HasilPemindahan(String kunci, int dariVersi, int keVersi, int dipindahkan, List<String> masalah) {
    }
}
