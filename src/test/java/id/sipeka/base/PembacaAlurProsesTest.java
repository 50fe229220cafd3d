package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the picture of a document's process is drawn from: the open step (a waiting timer is not one), the steps
 * passed (a timer only once it fired), the values named in a task's name, and a definition with DI even for an
 * instance started before its file had one.
 */
@SpringBootTest
class PembacaAlurProsesTest {

    private static final String TANPA_DI = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://sipeka.id/uji">
              <process id="ujiAlur" name="Uji alur" isExecutable="true">
                <startEvent id="mulai"/>
                <sequenceFlow id="f1" sourceRef="mulai" targetRef="isi"/>
                <userTask id="isi" name="Isi TW ${tw}"/>
                <boundaryEvent id="pengingat" attachedToRef="isi" cancelActivity="false">
                  <timerEventDefinition><timeDuration>P300D</timeDuration></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="f3" sourceRef="pengingat" targetRef="akhirPengingat"/>
                <endEvent id="akhirPengingat"/>
                <sequenceFlow id="f2" sourceRef="isi" targetRef="akhir"/>
                <endEvent id="akhir"/>
              </process>
            """;
    private static final String DI = """
              <bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                                  xmlns:omgdc="http://www.omg.org/spec/DD/20100524/DC"
                                  xmlns:omgdi="http://www.omg.org/spec/DD/20100524/DI" id="d">
                <bpmndi:BPMNPlane id="p" bpmnElement="ujiAlur">
                  <bpmndi:BPMNShape id="s1" bpmnElement="mulai"><omgdc:Bounds x="20" y="62" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s2" bpmnElement="isi"><omgdc:Bounds x="100" y="40" width="100" height="80"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s3" bpmnElement="pengingat"><omgdc:Bounds x="132" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s4" bpmnElement="akhirPengingat"><omgdc:Bounds x="132" y="180" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s5" bpmnElement="akhir"><omgdc:Bounds x="240" y="62" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="e1" bpmnElement="f1"><omgdi:waypoint x="56" y="80"/><omgdi:waypoint x="100" y="80"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e2" bpmnElement="f2"><omgdi:waypoint x="200" y="80"/><omgdi:waypoint x="240" y="80"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e3" bpmnElement="f3"><omgdi:waypoint x="150" y="138"/><omgdi:waypoint x="150" y="180"/></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            """;

    @Autowired
    PembacaAlurProses pembaca;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @Test
    void aTimerThatEndsUnfiredWithItsTaskIsNotAStepPassed() {
        repository.createDeployment().addString("uji-alur.bpmn20.xml", TANPA_DI + DI + "</definitions>").deploy();
        String kunci = "uji-" + UUID.randomUUID();
        String proses = runtime.startProcessInstanceByKey("ujiAlur", kunci, Map.of("tw", "III")).getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(proses).singleResult().getId());

        AlurProses selesai = pembaca.baca("ujiAlur", kunci).orElseThrow();
        assertThat(selesai.selesai()).contains("mulai", "isi", "akhir").doesNotContain("pengingat", "akhirPengingat");
    }

    @Test
    void anInstanceStartedBeforeItsFileHadDiIsDrawnOnTheNewestDefinitionWithItsOpenAndPassedSteps() {
        repository.createDeployment().addString("uji-alur.bpmn20.xml", TANPA_DI + "</definitions>").deploy();
        String kunci = "uji-" + UUID.randomUUID();
        String proses = runtime.startProcessInstanceByKey("ujiAlur", kunci, Map.of("tw", "II")).getId();
        repository.createDeployment().addString("uji-alur.bpmn20.xml", TANPA_DI + DI + "</definitions>").deploy();

        AlurProses berjalan = pembaca.baca("ujiAlur", kunci).orElseThrow();
        assertThat(berjalan.model().getGraphicInfo("isi")).as("drawn from the newest version's DI").isNotNull();
        assertThat(berjalan.saatIni()).as("the task, not the timer waiting on it").containsExactly("isi");
        assertThat(berjalan.selesai()).contains("mulai").doesNotContain("akhir");
        assertThat(berjalan.nilai()).containsEntry("tw", "II");
        assertThat(berjalan.gambar().svg()).contains("Isi TW II");

        // the reminder fires (the async executor is off in tests: run its job by hand); the task stays open
        Job timer = management.createTimerJobQuery().processInstanceId(proses).singleResult();
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        AlurProses diingatkan = pembaca.baca("ujiAlur", kunci).orElseThrow();
        assertThat(diingatkan.saatIni()).containsExactly("isi");
        assertThat(diingatkan.selesai()).contains("pengingat", "akhirPengingat");

        tasks.complete(tasks.createTaskQuery().processInstanceId(proses).singleResult().getId());
        AlurProses selesai = pembaca.baca("ujiAlur", kunci).orElseThrow();
        assertThat(selesai.saatIni()).isEmpty();
        assertThat(selesai.selesai()).contains("mulai", "isi", "akhir", "pengingat");
        assertThat(selesai.nilai()).as("read from the history once the instance ended").containsEntry("tw", "II");

        assertThat(pembaca.baca("ujiAlur", "uji-tanpa-proses")).isEmpty();
    }
}
