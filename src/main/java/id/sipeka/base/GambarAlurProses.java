package id.sipeka.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TimerEventDefinition;

/**
 * Draws a process as SVG from its BPMN DI (the bounds and waypoints in processes/*.bpmn20.xml): tasks as rounded
 * boxes with the name wrapped inside, events as circles (a clock for a timer, dashed for one that does not interrupt),
 * gateways as diamonds, sequence flows as arrows. The current steps get the class {@code saat-ini} and a warm fill,
 * steps already done the class {@code selesai} and a green one; colours are attributes, so the picture needs no style
 * sheet. Drawn at its natural size: the screen scrolls it inside its own box rather than shrinking the text.
 */
public final class GambarAlurProses {

    static final String ISI = "#ffffff";
    static final String GARIS = "#4a5968";
    /** Fill and outline of a current step; the screen's legend shows the same. */
    public static final String ISI_SAAT_INI = "#ffe8a3";
    public static final String GARIS_SAAT_INI = "#b45309";
    /** Fill and outline of a step already done. */
    public static final String ISI_SELESAI = "#e2f2e5";
    public static final String GARIS_SELESAI = "#2e7d32";
    private static final String ISI_SUB = "#f6f8fa";
    private static final String TEKS = "#1f2933";
    private static final String HURUF = "font-family=\"sans-serif\"";
    /** Width of one character of 12px text, estimated: wrapping happens here, where no font can be measured. */
    private static final double LEBAR_HURUF = 6.4;
    private static final double TINGGI_BARIS = 14;
    private static final double TEPI = 12;
    private static final Pattern EKSPRESI = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern NAMA_VARIABEL = Pattern.compile("\\w+");

    private final AlurProses alur;
    private final BpmnModel model;
    private final StringBuilder svg = new StringBuilder();

    private GambarAlurProses(AlurProses alur) {
        this.alur = alur;
        this.model = alur.model();
    }

    static String svg(AlurProses alur) {
        return new GambarAlurProses(alur).gambar();
    }

    private String gambar() {
        double[] b = batas();
        double x0 = b[0] - TEPI;
        double y0 = b[1] - TEPI;
        double w = b[2] - b[0] + 2 * TEPI;
        double h = b[3] - b[1] + 2 * TEPI;
        String prosesId = model.getMainProcess().getId();
        String panah = "panah-" + prosesId;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"diagram-alur\" role=\"img\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" viewBox=\"").append(n(x0)).append(' ').append(n(y0))
                .append(' ').append(n(w)).append(' ').append(n(h)).append("\" aria-label=\"")
                .append(esc(nama(model.getMainProcess().getName()))).append("\">");
        svg.append("<defs><marker id=\"").append(esc(panah)).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" ")
                .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(GARIS).append("\"/></marker></defs>");
        List<FlowElement> semua = new ArrayList<>();
        kumpulkan(model.getMainProcess(), semua);
        // containers first, then the arrows, then the nodes over them, then the names of the arrows
        semua.stream().filter(SubProcess.class::isInstance).forEach(e -> subProses((SubProcess) e));
        semua.stream().filter(SequenceFlow.class::isInstance).forEach(e -> panah((SequenceFlow) e, panah));
        semua.stream().filter(e -> e instanceof FlowNode && !(e instanceof SubProcess)).forEach(e -> simpul((FlowNode) e));
        semua.stream().filter(SequenceFlow.class::isInstance).forEach(e -> namaPanah((SequenceFlow) e));
        return svg.append("</svg>").toString();
    }

    /** Every element, those inside sub processes after their container. */
    private static void kumpulkan(FlowElementsContainer wadah, List<FlowElement> ke) {
        for (FlowElement e : wadah.getFlowElements()) {
            ke.add(e);
            if (e instanceof SubProcess s) {
                kumpulkan(s, ke);
            }
        }
    }

    /** min x, min y, max x, max y over every shape, waypoint and label. */
    private double[] batas() {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<GraphicInfo> semua = new ArrayList<>(model.getLocationMap().values());
        semua.addAll(model.getLabelLocationMap().values());
        model.getFlowLocationMap().values().forEach(semua::addAll);
        for (GraphicInfo g : semua) {
            b[0] = Math.min(b[0], g.getX());
            b[1] = Math.min(b[1], g.getY());
            b[2] = Math.max(b[2], g.getX() + g.getWidth());
            b[3] = Math.max(b[3], g.getY() + g.getHeight());
        }
        return semua.isEmpty() ? new double[] {0, 0, 0, 0} : b;
    }

    private void subProses(SubProcess s) {
        GraphicInfo g = model.getGraphicInfo(s.getId());
        if (g == null) {
            return;
        }
        svg.append("<g class=\"sub-proses\" data-id=\"").append(esc(s.getId())).append("\">");
        judul(s);
        svg.append("<rect x=\"").append(n(g.getX())).append("\" y=\"").append(n(g.getY())).append("\" width=\"")
                .append(n(g.getWidth())).append("\" height=\"").append(n(g.getHeight()))
                .append("\" rx=\"12\" fill=\"").append(ISI_SUB).append("\" stroke=\"").append(GARIS).append("\"/>");
        teks(nama(s.getName()), g.getX() + 10, g.getY() + 18, "start", 12, "font-weight=\"bold\"");
        if (s.getLoopCharacteristics() != null) {
            // three bars for "one per unit, in parallel" (horizontal for sequential)
            double cx = g.getX() + g.getWidth() / 2;
            double y = g.getY() + g.getHeight() - 20;
            boolean berurutan = s.getLoopCharacteristics().isSequential();
            for (int i = -1; i <= 1; i++) {
                svg.append(berurutan ? garis(cx - 7, y + 7 + 5 * i, cx + 7, y + 7 + 5 * i, GARIS, 2)
                        : garis(cx + 5 * i, y, cx + 5 * i, y + 14, GARIS, 2));
            }
        }
        svg.append("</g>");
    }

    private void panah(SequenceFlow f, String panah) {
        List<GraphicInfo> titik = model.getFlowLocationGraphicInfo(f.getId());
        if (titik == null || titik.size() < 2) {
            return;
        }
        svg.append("<polyline class=\"alir\" data-id=\"").append(esc(f.getId())).append("\" points=\"");
        for (GraphicInfo t : titik) {
            svg.append(n(t.getX())).append(',').append(n(t.getY())).append(' ');
        }
        svg.setLength(svg.length() - 1);
        svg.append("\" fill=\"none\" stroke=\"").append(GARIS).append("\" stroke-width=\"1.5\" marker-end=\"url(#")
                .append(esc(panah)).append(")\"/>");
    }

    private void namaPanah(SequenceFlow f) {
        GraphicInfo l = model.getLabelGraphicInfo(f.getId());
        String nama = nama(f.getName());
        if (l != null && !nama.isEmpty()) {
            teks(nama, l.getX() + l.getWidth() / 2, l.getY() + 11, "middle", 11, "font-style=\"italic\"");
        }
    }

    private void simpul(FlowNode s) {
        GraphicInfo g = model.getGraphicInfo(s.getId());
        if (g == null) {
            return;
        }
        boolean saatIni = alur.saatIni().contains(s.getId());
        boolean selesai = !saatIni && alur.selesai().contains(s.getId());
        String isi = saatIni ? ISI_SAAT_INI : selesai ? ISI_SELESAI : ISI;
        String garis = saatIni ? GARIS_SAAT_INI : selesai ? GARIS_SELESAI : GARIS;
        double tebal = saatIni ? 3 : 1.5;
        svg.append("<g class=\"langkah").append(saatIni ? " saat-ini" : selesai ? " selesai" : "").append("\" data-id=\"")
                .append(esc(s.getId())).append("\">");
        judul(s);
        String nama = nama(s.getName());
        double cx = g.getX() + g.getWidth() / 2;
        double cy = g.getY() + g.getHeight() / 2;
        if (s instanceof Event e) {
            double r = Math.min(g.getWidth(), g.getHeight()) / 2;
            boolean selaIn = e instanceof BoundaryEvent b && !b.isCancelActivity();
            svg.append(lingkaran(cx, cy, r, isi, garis, e instanceof EndEvent ? tebal + 2 : tebal, selaIn));
            if (e instanceof BoundaryEvent) {
                svg.append(lingkaran(cx, cy, r - 3, "none", garis, 1, selaIn));
            }
            if (e.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance)) {
                jam(cx, cy, r * 0.55, garis);
            }
            namaLuar(s.getId(), nama, cx, g.getY() + g.getHeight() + 4);
        } else if (s instanceof Gateway) {
            svg.append("<polygon points=\"").append(n(cx)).append(',').append(n(g.getY())).append(' ')
                    .append(n(g.getX() + g.getWidth())).append(',').append(n(cy)).append(' ').append(n(cx)).append(',')
                    .append(n(g.getY() + g.getHeight())).append(' ').append(n(g.getX())).append(',').append(n(cy))
                    .append("\" fill=\"").append(isi).append("\" stroke=\"").append(garis).append("\" stroke-width=\"")
                    .append(n(tebal)).append("\"/>");
            double d = g.getWidth() / 6;
            svg.append(garis(cx - d, cy - d, cx + d, cy + d, garis, 3)).append(garis(cx - d, cy + d, cx + d, cy - d, garis, 3));
            namaLuar(s.getId(), nama, cx, g.getY() + g.getHeight() + 4);
        } else if (s instanceof Activity) {
            svg.append("<rect x=\"").append(n(g.getX())).append("\" y=\"").append(n(g.getY())).append("\" width=\"")
                    .append(n(g.getWidth())).append("\" height=\"").append(n(g.getHeight())).append("\" rx=\"10\" fill=\"")
                    .append(isi).append("\" stroke=\"").append(garis).append("\" stroke-width=\"").append(n(tebal)).append("\"/>");
            List<String> baris = bungkus(nama, g.getWidth() - 10, (int) ((g.getHeight() - 6) / TINGGI_BARIS));
            double y = cy - (baris.size() - 1) * TINGGI_BARIS / 2 + 4;
            for (String b : baris) {
                teks(b, cx, y, "middle", 12, saatIni ? "font-weight=\"bold\"" : "");
                y += TINGGI_BARIS;
            }
        }
        svg.append("</g>");
    }

    /** The name of an event or gateway: in its DI label's box when it has one, else centred under the shape. */
    private void namaLuar(String id, String nama, double cx, double y) {
        if (nama.isEmpty()) {
            return;
        }
        GraphicInfo l = model.getLabelGraphicInfo(id);
        double lebar = l != null ? Math.max(l.getWidth(), 40) : 120;
        List<String> baris = bungkus(nama, lebar * 12 / 11, 3); // 11px text: more characters to the line
        double x = l != null ? l.getX() + l.getWidth() / 2 : cx;
        double atas = l != null ? l.getY() : y;
        for (int i = 0; i < baris.size(); i++) {
            teks(baris.get(i), x, atas + 11 + i * TINGGI_BARIS, "middle", 11, "");
        }
    }

    /** A tooltip with the full name (the box may have cut it short). */
    private void judul(FlowElement e) {
        String nama = nama(e.getName());
        if (!nama.isEmpty()) {
            svg.append("<title>").append(esc(nama)).append("</title>");
        }
    }

    private void jam(double cx, double cy, double r, String warna) {
        svg.append(lingkaran(cx, cy, r, "none", warna, 1, false));
        svg.append(garis(cx, cy, cx, cy - r * 0.75, warna, 1)).append(garis(cx, cy, cx + r * 0.55, cy, warna, 1));
    }

    /** A line of text; {@code gaya} adds e.g. {@code font-weight="bold"}. */
    private void teks(String isi, double x, double y, String jangkar, int ukuran, String gaya) {
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(jangkar)
                .append("\" ").append(HURUF).append(" font-size=\"").append(ukuran).append("\" fill=\"").append(TEKS).append('"');
        if (!gaya.isEmpty()) {
            svg.append(' ').append(gaya);
        }
        svg.append('>').append(esc(isi)).append("</text>");
    }

    private static String lingkaran(double cx, double cy, double r, String isi, String garis, double tebal, boolean putus) {
        return "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\" fill=\"" + isi + "\" stroke=\"" + garis
                + "\" stroke-width=\"" + n(tebal) + "\"" + (putus ? " stroke-dasharray=\"4 3\"" : "") + "/>";
    }

    private static String garis(double x1, double y1, double x2, double y2, String warna, double tebal) {
        return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\"" + warna
                + "\" stroke-width=\"" + n(tebal) + "\"/>";
    }

    /**
     * A name as a reader sees it: "${tw}" becomes the process's value ("III"); any other expression, or one without a
     * value, is left out rather than shown as code.
     */
    private String nama(String mentah) {
        if (mentah == null) {
            return "";
        }
        Matcher m = EKSPRESI.matcher(mentah);
        StringBuilder hasil = new StringBuilder();
        while (m.find()) {
            String isi = m.group(1).trim();
            Object nilai = NAMA_VARIABEL.matcher(isi).matches() ? alur.nilai().get(isi) : null;
            m.appendReplacement(hasil, Matcher.quoteReplacement(nilai == null ? "" : String.valueOf(nilai)));
        }
        m.appendTail(hasil);
        return hasil.toString().replaceAll("\\s+", " ").trim();
    }

    /** Greedy word wrap to the width; a word longer than a line is cut; past the last line ends with "…". */
    static List<String> bungkus(String teks, double lebar, int barisMaks) {
        int muat = Math.max(4, (int) (lebar / LEBAR_HURUF));
        List<String> baris = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        for (String kata : teks.split(" ")) {
            while (kata.length() > muat) {
                if (!kini.isEmpty()) {
                    baris.add(kini.toString());
                    kini.setLength(0);
                }
                baris.add(kata.substring(0, muat));
                kata = kata.substring(muat);
            }
            if (kini.isEmpty()) {
                kini.append(kata);
            } else if (kini.length() + 1 + kata.length() <= muat) {
                kini.append(' ').append(kata);
            } else {
                baris.add(kini.toString());
                kini.setLength(0);
                kini.append(kata);
            }
        }
        if (!kini.isEmpty()) {
            baris.add(kini.toString());
        }
        if (barisMaks > 0 && baris.size() > barisMaks) {
            List<String> potong = new ArrayList<>(baris.subList(0, barisMaks));
            String akhir = potong.get(barisMaks - 1);
            potong.set(barisMaks - 1, (akhir.length() >= muat ? akhir.substring(0, muat - 1) : akhir) + "…");
            return potong;
        }
        return baris;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A coordinate without needless decimals and always with a dot. */
    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
