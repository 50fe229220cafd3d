package id.sipeka.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.inbox.VersiProsesService.HasilPemindahan;
import id.sipeka.inbox.VersiProsesService.VersiProses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flowable.common.spring.AutoDeploymentStrategy;
import org.flowable.common.spring.CommonAutoDeploymentStrategy;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A changed BPMN file becomes a new version of its process, deployed the way start-up deploys processes/ (Flowable's
 * auto-deployment with duplicate filtering, under its lock): an instance already running stays on its version and
 * finishes there, new instances start on the new one, and the admin can move the running instances of the old
 * version to the new one, after which they finish on the new version. The process is a copy of
 * processes/rencana-aksi.bpmn20.xml under a key of its own, so the shared test database's real processes stay as
 * they are.
 */
@SpringBootTest
class VersiProsesTest {

    @Autowired
    ProcessEngine mesin;
    @Autowired
    SpringProcessEngineConfiguration konfigurasi;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    VersiProsesService versi;
    @Autowired
    UserDetailsService users;

    private final String kunci = "rencanaAksiUjiVersi" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void startUpRedeploysNothingWhenNoProcessFileChanged() {
        AutoDeploymentStrategy<ProcessEngine> strategi = strategiBawaan();
        long sebelum = repository.createDeploymentQuery().deploymentName(konfigurasi.getDeploymentName()).count();

        strategi.deployResources(konfigurasi.getDeploymentName(), konfigurasi.getDeploymentResources(), mesin);

        assertThat(sebelum).isPositive();
        assertThat(repository.createDeploymentQuery().deploymentName(konfigurasi.getDeploymentName()).count()).isEqualTo(sebelum);
    }

    @Test
    void aRunningInstanceFinishesOnItsVersionOrIsMovedToTheNewOneAndFinishesThere() throws IOException {
        AutoDeploymentStrategy<ProcessEngine> strategi = strategiBawaan();
        assertThat(((CommonAutoDeploymentStrategy<?>) strategi).isUseLockForDeployments()).as("flowable.auto-deployment.use-lock").isTrue();
        Path berkas = Files.createDirectories(Path.of("target", "uji-versi", kunci)).resolve("rencana-aksi.bpmn20.xml");
        String nama = "uji-" + kunci;
        String v1 = Files.readString(Path.of("processes", "rencana-aksi.bpmn20.xml"))
                .replace("id=\"rencanaAksi\"", "id=\"" + kunci + "\"").replace("bpmnElement=\"rencanaAksi\"", "bpmnElement=\"" + kunci + "\"");
        assertThat(v1).contains("id=\"" + kunci + "\"");

        // the file as first deployed, then deployed again unchanged (each start-up does this): still version 1
        Files.writeString(berkas, v1);
        strategi.deployResources(nama, new Resource[] {new FileSystemResource(berkas)}, mesin);
        strategi.deployResources(nama, new Resource[] {new FileSystemResource(berkas)}, mesin);
        assertThat(repository.createDeploymentQuery().deploymentName(nama).count()).isEqualTo(1);
        assertThat(versiTerbaru()).isEqualTo(1);

        // two rencana aksi under way on version 1: one still being filled, one waiting for the sekcam
        ProcessInstance masihDiisi = mulai("1");
        ProcessInstance menungguSekcam = mulai("2");
        selesaikan(menungguSekcam, "isiRencanaAksi", Map.of());

        // version 2: after the sekcam's approval the camat initials it
        String v2 = v1.replace("sourceRef=\"hasilPersetujuan\" targetRef=\"rencanaAksiDisetujui\"",
                        "sourceRef=\"hasilPersetujuan\" targetRef=\"parafCamat\"")
                .replace("<endEvent id=\"rencanaAksiDisetujui\"",
                        "<userTask id=\"parafCamat\" name=\"Paraf camat\" flowable:candidateGroups=\"camat:${kecamatanId}\"/>\n"
                                + "    <sequenceFlow id=\"flow_parafCamat\" sourceRef=\"parafCamat\" targetRef=\"rencanaAksiDisetujui\"/>\n"
                                + "    <endEvent id=\"rencanaAksiDisetujui\"");
        assertThat(v2).contains("targetRef=\"parafCamat\"");
        Files.writeString(berkas, v2);
        strategi.deployResources(nama, new Resource[] {new FileSystemResource(berkas)}, mesin);
        assertThat(repository.createDeploymentQuery().deploymentName(nama).count()).isEqualTo(2);
        assertThat(versiTerbaru()).isEqualTo(2);

        // new instances start on version 2; the running ones stay on version 1
        ProcessInstance baru = mulai("3");
        assertThat(baru.getProcessDefinitionVersion()).isEqualTo(2);
        assertThat(versiDari(masihDiisi)).isEqualTo(1);
        assertThat(versiDari(menungguSekcam)).isEqualTo(1);
        Masuk.sebagai(users, "admin");
        assertThat(versi.versi()).filteredOn(v -> v.kunci().equals(kunci)).singleElement()
                .isEqualTo(new VersiProses(kunci, 2, Map.of(1, 2L, 2, 1L)));

        // the one waiting for the sekcam finishes on version 1: approved and done, no camat's initials
        selesaikan(menungguSekcam, "persetujuanSekcam", Map.of("disetujui", true));
        assertThat(selesai(menungguSekcam)).isTrue();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(menungguSekcam.getId())
                .activityId("parafCamat").count()).isZero();

        // the admin moves version 1's running instances to version 2; the one still being filled finishes there
        HasilPemindahan hasil = versi.pindahkanKeTerbaru(kunci, 1);
        assertThat(hasil).isEqualTo(new HasilPemindahan(kunci, 1, 2, 1, List.of()));
        assertThat(versiDari(masihDiisi)).isEqualTo(2);
        assertThat(tasks.createTaskQuery().processInstanceId(masihDiisi.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("isiRencanaAksi");
        selesaikan(masihDiisi, "isiRencanaAksi", Map.of());
        selesaikan(masihDiisi, "persetujuanSekcam", Map.of("disetujui", true));
        selesaikan(masihDiisi, "parafCamat", Map.of());
        assertThat(selesai(masihDiisi)).isTrue();

        // version 3 drops the task an instance waits in: nothing is moved, and the admin is told why
        Files.writeString(berkas, v2.replace("\"isiRencanaAksi\"", "\"isiRencanaAksiBaru\""));
        strategi.deployResources(nama, new Resource[] {new FileSystemResource(berkas)}, mesin);
        assertThat(versiTerbaru()).isEqualTo(3);
        HasilPemindahan ditolak = versi.pindahkanKeTerbaru(kunci, 2);
        assertThat(ditolak.dipindahkan()).isZero();
        assertThat(ditolak.masalah()).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("3: "))
                .anySatisfy(m -> assertThat(m).contains("isiRencanaAksi"));
        assertThat(versiDari(baru)).isEqualTo(2);
        assertThatThrownBy(() -> versi.pindahkanKeTerbaru(kunci, 3)).isInstanceOf(AturanDilanggarException.class);
    }

    private AutoDeploymentStrategy<ProcessEngine> strategiBawaan() {
        return konfigurasi.getDeploymentStrategies().stream().filter(s -> s.handlesMode(konfigurasi.getDeploymentMode()))
                .findFirst().orElseThrow();
    }

    private int versiTerbaru() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(kunci).latestVersion().singleResult().getVersion();
    }

    private ProcessInstance mulai(String businessKey) {
        return runtime.startProcessInstanceByKey(kunci, businessKey,
                Map.of("rencanaAksiUnitId", Long.parseLong(businessKey), "tahun", 2027, "unitId", 1L, "kecamatanId", 1L));
    }

    private int versiDari(ProcessInstance p) {
        return runtime.createProcessInstanceQuery().processInstanceId(p.getId()).singleResult().getProcessDefinitionVersion();
    }

    private void selesaikan(ProcessInstance p, String tugas, Map<String, Object> variabel) {
        Task t = tasks.createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey(tugas).singleResult();
        assertThat(t).as("tugas %s di %s", tugas, p.getBusinessKey()).isNotNull();
        tasks.complete(t.getId(), variabel);
    }

    private boolean selesai(ProcessInstance p) {
        return runtime.createProcessInstanceQuery().processInstanceId(p.getId()).count() == 0
                && history.createHistoricProcessInstanceQuery().processInstanceId(p.getId()).finished().count() == 1;
    }
}
