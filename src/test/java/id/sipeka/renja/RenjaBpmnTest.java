package id.sipeka.renja;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import id.sipeka.renja.ui.BagianSayaView;
import id.sipeka.renja.ui.PenetapanView;
import id.sipeka.renja.ui.SekcamView;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The BPMN wiring: every delegate bean exists, every candidate group is one of ours, every formKey has a screen. */
@SpringBootTest
class RenjaBpmnTest {

    private static final Pattern GRUP = Pattern.compile("(unit|sekcam|camat):\\$\\{(unitId|kecamatanId)\\}");

    @Autowired
    ApplicationContext context;

    @Test
    void everyDelegateCandidateGroupAndFormKeyOfTheRenjaProcessIsWired() throws Exception {
        BpmnModel model;
        try (InputStream in = getClass().getResourceAsStream("/processes/renja.bpmn20.xml")) {
            model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
        }
        List<ServiceTask> layanan = model.getMainProcess().findFlowElementsOfType(ServiceTask.class, true);
        assertThat(layanan).isNotEmpty().allSatisfy(t -> {
            Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(t.getImplementation());
            assertThat(m.matches()).as(t.getId()).isTrue();
            assertThat(context.containsBean(m.group(1))).as("bean %s", m.group(1)).isTrue();
        });
        // the inbox opens "renja/<id>/<rest of the formKey>": that must be a route of a Renja screen
        Set<String> rute = Stream.of(BagianSayaView.class, SekcamView.class, PenetapanView.class)
                .map(v -> v.getAnnotation(Route.class).value()).collect(Collectors.toSet());
        List<UserTask> tugas = model.getMainProcess().findFlowElementsOfType(UserTask.class, true);
        assertThat(tugas).hasSize(7).allSatisfy(t -> {
            assertThat(t.getCandidateGroups()).as(t.getId()).singleElement().matches(g -> GRUP.matcher(g).matches());
            assertThat("renja/:renjaId/" + t.getFormKey().substring("renja/".length())).as(t.getId()).isIn(rute);
        });
    }
}
