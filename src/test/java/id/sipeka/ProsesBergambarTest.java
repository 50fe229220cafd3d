package id.sipeka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every process in processes/ carries its diagram (BPMN DI), so it opens in a standard modeler (bpmn.io, Camunda
 * Modeler, Flowable's) and the screens can draw it: a shape for every flow node, boundary events and the nodes inside
 * sub processes included, and at least two waypoints for every sequence flow. A task added without its shape fails
 * here. The layout stays readable: shapes lie inside their sub process and do not overlap one another.
 */
class ProsesBergambarTest {

    static Stream<Path> berkas() throws IOException {
        List<Path> semua;
        try (Stream<Path> isi = Files.list(Path.of("processes"))) {
            semua = isi.filter(p -> p.getFileName().toString().endsWith(".bpmn20.xml")).sorted().toList();
        }
        assertThat(semua).hasSizeGreaterThanOrEqualTo(4);
        return semua.stream();
    }

    @ParameterizedTest
    @MethodSource("berkas")
    void everyFlowNodeAndSequenceFlowHasItsDiagram(Path berkas) throws IOException {
        BpmnModel model = baca(berkas); // validated against the BPMN 2.0 schema, DI included

        List<FlowNode> simpul = model.getMainProcess().findFlowElementsOfType(FlowNode.class, true);
        assertThat(simpul).isNotEmpty().allSatisfy(s -> {
            GraphicInfo g = model.getGraphicInfo(s.getId());
            assertThat(g).as("shape of %s", s.getId()).isNotNull();
            assertThat(g.getWidth()).as("width of %s", s.getId()).isPositive();
            assertThat(g.getHeight()).as("height of %s", s.getId()).isPositive();
        });
        assertThat(simpul.stream().filter(SubProcess.class::isInstance))
                .allSatisfy(s -> assertThat(model.getGraphicInfo(s.getId()).getExpanded()).as("%s expanded", s.getId()).isTrue());

        List<SequenceFlow> alir = model.getMainProcess().findFlowElementsOfType(SequenceFlow.class, true);
        assertThat(alir).isNotEmpty().allSatisfy(f -> assertThat(model.getFlowLocationGraphicInfo(f.getId()))
                .as("waypoints of %s", f.getId()).isNotNull().hasSizeGreaterThanOrEqualTo(2));

        tataLetakRapi(model, model.getMainProcess(), null);
    }

    /** Inside one container: every shape lies within it, and no two shapes overlap (a boundary event sits on its task). */
    private static void tataLetakRapi(BpmnModel model, FlowElementsContainer wadah, GraphicInfo bingkai) {
        List<FlowNode> simpul = new ArrayList<>();
        wadah.getFlowElements().stream().filter(FlowNode.class::isInstance).map(FlowNode.class::cast).forEach(simpul::add);
        for (FlowNode s : simpul) {
            GraphicInfo g = model.getGraphicInfo(s.getId());
            if (bingkai != null) {
                assertThat(g.getX() >= bingkai.getX() && g.getY() >= bingkai.getY()
                        && g.getX() + g.getWidth() <= bingkai.getX() + bingkai.getWidth()
                        && g.getY() + g.getHeight() <= bingkai.getY() + bingkai.getHeight())
                        .as("%s lies inside its sub process", s.getId()).isTrue();
            }
            if (s instanceof SubProcess sub) {
                tataLetakRapi(model, sub, g);
            }
        }
        for (int i = 0; i < simpul.size(); i++) {
            for (int j = i + 1; j < simpul.size(); j++) {
                FlowNode a = simpul.get(i);
                FlowNode b = simpul.get(j);
                if (melekat(a, b) || melekat(b, a)) {
                    continue;
                }
                assertThat(tumpang(model.getGraphicInfo(a.getId()), model.getGraphicInfo(b.getId())))
                        .as("%s and %s overlap", a.getId(), b.getId()).isFalse();
            }
        }
    }

    private static boolean melekat(FlowNode batas, FlowNode tugas) {
        return batas instanceof BoundaryEvent e && e.getAttachedToRefId().equals(tugas.getId());
    }

    private static boolean tumpang(GraphicInfo a, GraphicInfo b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    static BpmnModel baca(Path berkas) throws IOException {
        try (InputStream in = Files.newInputStream(berkas)) {
            return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
        }
    }
}
