package id.sipeka.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A BPMN timer that names the business calendar "hariKerja" counts working days: it never falls due on a day off,
 * and a duration of working days skips Idul Fitri 2026.
 */
@SpringBootTest
class KalenderFlowableTest {

    private static final String PROSES = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                targetNamespace="http://sipeka.id/uji">
              <process id="ujiKalenderKerja">
                <startEvent id="mulai"/>
                <sequenceFlow id="a" sourceRef="mulai" targetRef="tunggu"/>
                <intermediateCatchEvent id="tunggu">
                  <timerEventDefinition flowable:businessCalendarName="hariKerja"><timeDate>${waktu}</timeDate></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="b" sourceRef="tunggu" targetRef="selesai"/>
                <endEvent id="selesai"/>
              </process>
            </definitions>""";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfiguration engine;

    private String deployment;

    @AfterEach
    void pulihkan() {
        engine.getClock().reset();
        if (deployment != null) {
            repository.deleteDeployment(deployment, true); // no other test sees this process
        }
    }

    @Test
    void anEscalationDueOnACutiBersamaDayWaitsForTheFirstWorkingDayAfterLebaran() {
        assertThat(jatuhTempo("2026-03-23T00:00:00+08:00")).isEqualTo(OffsetDateTime.parse("2026-03-25T00:00:00+08:00"));
        assertThat(jatuhTempo("2026-03-17T08:00:00+08:00")).isEqualTo(OffsetDateTime.parse("2026-03-17T08:00:00+08:00"));
    }

    @Test
    void twoWorkingDaysFromTheEveOfTheHolidaysAreAfterThem() {
        engine.getClock().setCurrentTime(Date.from(OffsetDateTime.parse("2026-03-17T09:30:00+08:00").toInstant()));
        assertThat(jatuhTempo("P2D")).isEqualTo(OffsetDateTime.parse("2026-03-26T09:30:00+08:00"));
    }

    private OffsetDateTime jatuhTempo(String waktu) {
        if (deployment == null) {
            deployment = repository.createDeployment().name("uji-kalender-kerja")
                    .addString("uji-kalender-kerja.bpmn20.xml", PROSES).deploy().getId();
        }
        String id = runtime.startProcessInstanceByKey("ujiKalenderKerja", Map.of("waktu", waktu)).getId();
        Job timer = management.createTimerJobQuery().processInstanceId(id).singleResult();
        runtime.deleteProcessInstance(id, "uji selesai");
        return timer.getDuedate().toInstant().atOffset(OffsetDateTime.parse("2026-01-01T00:00:00+08:00").getOffset());
    }
}
