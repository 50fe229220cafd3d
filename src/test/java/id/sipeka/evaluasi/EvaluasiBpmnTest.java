package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import id.sipeka.evaluasi.ui.LaporanView;
import id.sipeka.evaluasi.ui.RekapView;
import id.sipeka.evaluasi.ui.TandaTanganView;
import id.sipeka.evaluasi.ui.VerifikasiView;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The evaluation processes' wiring: delegate beans exist, candidate groups are ours, formKeys open a screen. */
@SpringBootTest
class EvaluasiBpmnTest {

    private static final Pattern GRUP = Pattern.compile("(unit|sekcam|camat):\\$\\{(unitId|kecamatanId)\\}");

    @Autowired
    ApplicationContext context;

    @Test
    void everyDelegateCandidateGroupAndFormKeyOfTheEvaluationProcessesIsWired() throws Exception {
        BpmnModel evaluasi = model("/processes/evaluasi-triwulan.bpmn20.xml");
        BpmnModel mulai = model("/processes/mulai-evaluasi.bpmn20.xml");
        for (BpmnModel model : List.of(evaluasi, mulai)) {
            List<ServiceTask> layanan = model.getMainProcess().findFlowElementsOfType(ServiceTask.class, true);
            assertThat(layanan).isNotEmpty().allSatisfy(t -> {
                Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(t.getImplementation());
                assertThat(m.matches()).as(t.getId()).isTrue();
                assertThat(context.containsBean(m.group(1))).as("bean %s", m.group(1)).isTrue();
            });
        }
        // the inbox opens "evaluasi/<id>/<rest of the formKey>": that must be a route of an evaluation screen
        Set<String> rute = Stream.of(LaporanView.class, VerifikasiView.class, TandaTanganView.class, RekapView.class)
                .map(v -> v.getAnnotation(Route.class).value()).collect(Collectors.toSet());
        List<UserTask> tugas = evaluasi.getMainProcess().findFlowElementsOfType(UserTask.class, true);
        assertThat(tugas).hasSize(4).allSatisfy(t -> {
            assertThat(t.getCandidateGroups()).as(t.getId()).singleElement().matches(g -> GRUP.matcher(g).matches());
            assertThat("evaluasi/:evaluasiId/" + t.getFormKey().substring("evaluasi/".length())).as(t.getId()).isIn(rute);
        });
    }

    private BpmnModel model(String berkas) throws Exception {
        try (InputStream in = getClass().getResourceAsStream(berkas)) {
            return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
        }
    }
}
