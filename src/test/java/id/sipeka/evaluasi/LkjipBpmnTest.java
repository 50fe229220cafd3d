package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import id.sipeka.evaluasi.ui.LkjipView;
import id.sipeka.inbox.JudulTugas.TugasProses;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;

/** The LKjIP process's wiring: no delegates, the sekcam's and the camat's groups, and tasks that open the LKjIP screen. */
class LkjipBpmnTest {

    @Test
    void theSekcamDraftsTheCamatSignsAndEveryTaskOpensTheLkjipScreenAtItsYear() throws Exception {
        BpmnModel model;
        try (InputStream in = getClass().getResourceAsStream("/processes/lkjip.bpmn20.xml")) {
            model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
        }
        assertThat(model.getMainProcess().getId()).isEqualTo(ProsesLkjip.KUNCI);
        assertThat(model.getMainProcess().findFlowElementsOfType(ServiceTask.class, true)).isEmpty();
        List<UserTask> tugas = model.getMainProcess().findFlowElementsOfType(UserTask.class, true);
        assertThat(tugas).extracting(UserTask::getId).containsExactly(ProsesLkjip.SUSUN, ProsesLkjip.TANDA_TANGAN);
        assertThat(tugas.get(0).getCandidateGroups()).containsExactly("sekcam:${kecamatanId}");
        assertThat(tugas.get(1).getCandidateGroups()).containsExactly("camat:${kecamatanId}");
        String rute = new JudulTugasLkjip().rute(new TugasProses("t", ProsesLkjip.SUSUN, "7", Map.of("tahun", 2026L)),
                tugas.get(0).getFormKey());
        assertThat(rute).isEqualTo("lkjip/2026");
        assertThat(tugas).allSatisfy(t -> assertThat(t.getFormKey()).isEqualTo(LkjipView.class.getAnnotation(Route.class).value()));
        assertThat(LkjipView.class.getAnnotation(RouteAlias.class).value()).isEqualTo("lkjip/:tahun");
    }
}
