package id.sipeka.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipeka.Masuk;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Flowable has no identity of its own: the process initiator and task completer are the signed-in user. */
@SpringBootTest
class FlowableIdentitasTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSignedInUserStartsAndCompletesTheProcess() {
        repository.createDeployment().addClasspathResource("bpmn/uji-identitas.bpmn20.xml").deploy();
        Masuk.sebagai(users, "sekcam");

        var proses = runtime.startProcessInstanceByKey("ujiIdentitas", "uji-" + System.nanoTime());
        var tugas = tasks.createTaskQuery().processInstanceId(proses.getId()).singleResult();
        assertThat(tugas.getAssignee()).isEqualTo("sekcam");
        tasks.complete(tugas.getId());

        var riwayat = history.createHistoricProcessInstanceQuery().processInstanceId(proses.getId()).singleResult();
        assertThat(riwayat.getStartUserId()).isEqualTo("sekcam");
        assertThat(riwayat.getEndTime()).isNotNull();
    }

    @Test
    void withoutASignedInUserFlowableSeesNobody() {
        repository.createDeployment().addClasspathResource("bpmn/uji-identitas.bpmn20.xml").deploy();
        var proses = runtime.startProcessInstanceByKey("ujiIdentitas");
        var riwayat = history.createHistoricProcessInstanceQuery().processInstanceId(proses.getId()).singleResult();
        assertThat(riwayat.getStartUserId()).isNull();
    }
}
