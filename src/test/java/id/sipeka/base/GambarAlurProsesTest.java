package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The process picture drawn from BPMN DI: every node, the current step highlighted, names escaped and filled in. */
class GambarAlurProsesTest {

    /** A small process with every kind of node the drawer knows, and a name full of markup characters. */
    private static final String UJI = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                         xmlns:omgdc="http://www.omg.org/spec/DD/20100524/DC"
                         xmlns:omgdi="http://www.omg.org/spec/DD/20100524/DI"
                         targetNamespace="http://sipeka.id/uji">
              <process id="uji" name="Uji &amp; coba">
                <startEvent id="mulai" name="Mulai"/>
                <sequenceFlow id="f1" sourceRef="mulai" targetRef="isi"/>
                <userTask id="isi" name="Isi &lt;laporan&gt; &amp; &quot;bukti&quot; TW ${tw} ${bukan.variabel()}"/>
                <boundaryEvent id="pengingat" attachedToRef="isi" cancelActivity="false">
                  <timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition>
                </boundaryEvent>
                <sequenceFlow id="f5" sourceRef="pengingat" targetRef="kirim"/>
                <serviceTask id="kirim" name="Kirim pengingat"/>
                <sequenceFlow id="f6" sourceRef="kirim" targetRef="selesaiPengingat"/>
                <endEvent id="selesaiPengingat"/>
                <sequenceFlow id="f2" sourceRef="isi" targetRef="cek"/>
                <exclusiveGateway id="cek" name="Setuju?" default="f4"/>
                <sequenceFlow id="f3" sourceRef="cek" targetRef="akhir"/>
                <sequenceFlow id="f4" name="Kembali &lt;ke unit&gt;" sourceRef="cek" targetRef="isi"/>
                <endEvent id="akhir" name="Selesai"/>
              </process>
              <bpmndi:BPMNDiagram id="d">
                <bpmndi:BPMNPlane id="p" bpmnElement="uji">
                  <bpmndi:BPMNShape id="s1" bpmnElement="mulai"><omgdc:Bounds x="20" y="62" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s2" bpmnElement="isi"><omgdc:Bounds x="100" y="40" width="100" height="80"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s3" bpmnElement="pengingat"><omgdc:Bounds x="132" y="102" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s4" bpmnElement="kirim"><omgdc:Bounds x="105" y="170" width="90" height="56"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s5" bpmnElement="selesaiPengingat"><omgdc:Bounds x="132" y="250" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s6" bpmnElement="cek"><omgdc:Bounds x="240" y="55" width="50" height="50"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="s7" bpmnElement="akhir"><omgdc:Bounds x="330" y="62" width="36" height="36"/></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="e1" bpmnElement="f1"><omgdi:waypoint x="56" y="80"/><omgdi:waypoint x="100" y="80"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e2" bpmnElement="f2"><omgdi:waypoint x="200" y="80"/><omgdi:waypoint x="240" y="80"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e3" bpmnElement="f3"><omgdi:waypoint x="290" y="80"/><omgdi:waypoint x="330" y="80"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e4" bpmnElement="f4"><omgdi:waypoint x="265" y="55"/><omgdi:waypoint x="265" y="20"/>
                    <omgdi:waypoint x="150" y="20"/><omgdi:waypoint x="150" y="40"/>
                    <bpmndi:BPMNLabel><omgdc:Bounds x="160" y="4" width="90" height="14"/></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e5" bpmnElement="f5"><omgdi:waypoint x="150" y="138"/><omgdi:waypoint x="150" y="170"/></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="e6" bpmnElement="f6"><omgdi:waypoint x="150" y="226"/><omgdi:waypoint x="150" y="250"/></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </definitions>
            """;

    @Test
    void theCurrentStepIsHighlightedAndTheStepsDoneGetASecondTone() throws Exception {
        BpmnModel model = model(UJI);
        Document svg = xml(GambarAlurProses.svg(new AlurProses(model, Set.of("isi"), Set.of("mulai", "isi"), Map.of("tw", "III"))));

        assertThat(kelas(svg, "isi")).isEqualTo("langkah saat-ini");
        assertThat(bentuk(svg, "isi").getAttribute("fill")).isEqualTo(GambarAlurProses.ISI_SAAT_INI);
        assertThat(bentuk(svg, "isi").getAttribute("stroke")).isEqualTo(GambarAlurProses.GARIS_SAAT_INI);
        // done before and open again: current wins
        assertThat(kelas(svg, "mulai")).isEqualTo("langkah selesai");
        assertThat(bentuk(svg, "mulai").getAttribute("fill")).isEqualTo(GambarAlurProses.ISI_SELESAI);
        assertThat(kelas(svg, "akhir")).isEqualTo("langkah");
        assertThat(bentuk(svg, "akhir").getAttribute("fill")).isEqualTo(GambarAlurProses.ISI);
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Uji & coba");
    }

    @Test
    void everyNodeAndEveryFlowIsDrawn() throws Exception {
        BpmnModel model = model(UJI);
        Document svg = xml(GambarAlurProses.svg(new AlurProses(model, Set.of(), Set.of(), Map.of())));

        assertThat(dataId(svg, "g", "langkah"))
                .containsExactlyInAnyOrder("mulai", "isi", "pengingat", "kirim", "selesaiPengingat", "cek", "akhir");
        assertThat(dataId(svg, "polyline", "alir")).containsExactlyInAnyOrder("f1", "f2", "f3", "f4", "f5", "f6");
        // shapes by kind: a box for tasks, a circle for events (two for a boundary event), a diamond for the gateway
        assertThat(anak(svg, "isi", "rect")).isEqualTo(1);
        assertThat(anak(svg, "kirim", "rect")).isEqualTo(1);
        assertThat(anak(svg, "cek", "polygon")).isEqualTo(1);
        assertThat(anak(svg, "mulai", "circle")).isEqualTo(1);
        assertThat(anak(svg, "pengingat", "circle")).isGreaterThanOrEqualTo(2);
        Element f4 = (Element) cari(svg, "//*[local-name()='polyline'][@data-id='f4']").item(0);
        assertThat(f4.getAttribute("points")).isEqualTo("265,55 265,20 150,20 150,40");
    }

    @Test
    void namesAreEscapedAndShowTheProcessValuesNeverAnExpression() throws Exception {
        BpmnModel model = model(UJI);
        String teks = GambarAlurProses.svg(new AlurProses(model, Set.of(), Set.of(), Map.of("tw", "III")));

        assertThat(teks).contains("Isi &lt;laporan&gt; &amp; &quot;bukti&quot; TW III")
                .contains("Kembali &lt;ke unit&gt;")
                .doesNotContain("<laporan>").doesNotContain("${");
        Document svg = xml(teks); // well-formed despite the markup characters in the names
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        String judul = cari(svg, "//*[local-name()='g'][@data-id='isi']/*[local-name()='title']").item(0).getTextContent();
        assertThat(judul).isEqualTo("Isi <laporan> & \"bukti\" TW III");

        // without a value the expression is left out, not shown as code
        String tanpaNilai = GambarAlurProses.svg(new AlurProses(model, Set.of(), Set.of(), Map.of()));
        assertThat(tanpaNilai).doesNotContain("${").contains("&quot;bukti&quot; TW</title>");
    }

    @Test
    void aLongNameWrapsInsideItsBoxAndIsCutWithAnEllipsisWhenItDoesNotFit() {
        assertThat(GambarAlurProses.bungkus("Mulai evaluasi triwulan yang berakhir", 90, 5))
                .containsExactly("Mulai evaluasi", "triwulan yang", "berakhir");
        assertThat(GambarAlurProses.bungkus("Persetujuanrencanaaksitahunan", 60, 5)).allSatisfy(b -> assertThat(b).hasSizeLessThanOrEqualTo(9));
        assertThat(GambarAlurProses.bungkus("satu dua tiga empat lima enam tujuh", 40, 2)).hasSize(2).last()
                .satisfies(b -> assertThat(b).endsWith("…"));
    }

    /** The real processes: every flow node drawn. The pictures land in target/alur-proses/ for a look. */
    @Test
    void everyProcessInProcessesIsDrawnWithAllItsNodes() throws Exception {
        List<Path> berkas;
        try (Stream<Path> isi = Files.list(Path.of("processes"))) {
            berkas = isi.filter(p -> p.toString().endsWith(".bpmn20.xml")).sorted().toList();
        }
        Path keluar = Files.createDirectories(Path.of("target/alur-proses"));
        for (Path p : berkas) {
            BpmnModel model;
            try (InputStream in = Files.newInputStream(p)) {
                model = new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), true, false);
            }
            String teks = GambarAlurProses.svg(new AlurProses(model, Set.of(), Set.of(), Map.of("tw", "III", "tahun", 2026)));
            Files.writeString(keluar.resolve(p.getFileName().toString().replace(".bpmn20.xml", ".svg")), teks);
            Set<String> semua = new TreeSet<>();
            model.getMainProcess().findFlowElementsOfType(FlowNode.class, true).forEach(s -> semua.add(s.getId()));
            Document svg = xml(teks);
            Set<String> tergambar = new TreeSet<>(dataId(svg, "g", "langkah"));
            tergambar.addAll(dataId(svg, "g", "sub-proses"));
            assertThat(tergambar).as(p.toString()).isEqualTo(semua);
            assertThat(teks).as(p.toString()).doesNotContain("${");
        }
    }

    private static BpmnModel model(String xml) {
        return new BpmnXMLConverter().convertToBpmnModel(
                new InputStreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), true, false);
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList cari(Document d, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, d, XPathConstants.NODESET);
    }

    private static String kelas(Document d, String id) throws Exception {
        NodeList g = cari(d, "//*[local-name()='g'][@data-id='" + id + "']");
        assertThat(g.getLength()).as(id).isEqualTo(1);
        return ((Element) g.item(0)).getAttribute("class");
    }

    /** The node's first shape (rect, circle or polygon). */
    private static Element bentuk(Document d, String id) throws Exception {
        return (Element) cari(d, "//*[local-name()='g'][@data-id='" + id + "']/*[local-name()='rect' or local-name()='circle'"
                + " or local-name()='polygon'][1]").item(0);
    }

    private static int anak(Document d, String id, String jenis) throws Exception {
        return cari(d, "//*[local-name()='g'][@data-id='" + id + "']/*[local-name()='" + jenis + "']").getLength();
    }

    /** data-id of every element of that name whose class starts with the given one. */
    private static List<String> dataId(Document d, String nama, String kelas) throws Exception {
        NodeList n = cari(d, "//*[local-name()='" + nama + "'][starts-with(@class,'" + kelas + "')]");
        List<String> hasil = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            hasil.add(((Element) n.item(i)).getAttribute("data-id"));
        }
        return hasil;
    }
}
