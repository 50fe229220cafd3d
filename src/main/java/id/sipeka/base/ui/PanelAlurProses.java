package id.sipeka.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.sipeka.base.AlurProses.DiagramAlur;
import id.sipeka.base.GambarAlurProses;

/**
 * "Alur proses": a document's process drawn on the server ({@link DiagramAlur}), the current step highlighted, under a
 * legend, in a collapsible section. The picture keeps its natural size and scrolls inside its own box, so on a phone
 * the page itself never scrolls sideways.
 */
public class PanelAlurProses extends Details {

    final Div gambar = new Div();

    public PanelAlurProses(DiagramAlur diagram) {
        setSummaryText(getTranslation("alurProses.judul"));
        addClassName("panel-alur");
        setWidthFull();
        Div legenda = new Div(contoh(getTranslation("alurProses.saatIni"), GambarAlurProses.ISI_SAAT_INI,
                GambarAlurProses.GARIS_SAAT_INI));
        if (diagram.adaSelesai()) {
            legenda.add(contoh(getTranslation("alurProses.selesai"), GambarAlurProses.ISI_SELESAI,
                    GambarAlurProses.GARIS_SELESAI));
        }
        legenda.addClassName("legenda-alur");
        gambar.addClassName("alur-proses");
        // our own SVG, every name escaped where it is drawn (GambarAlurProses); set as markup, not parsed here
        gambar.getElement().setProperty("innerHTML", diagram.svg());
        add(legenda, gambar);
    }

    /** The SVG as sent to the browser. */
    public String svg() {
        return gambar.getElement().getProperty("innerHTML");
    }

    private static Span contoh(String teks, String isi, String garis) {
        Span warna = new Span();
        warna.addClassName("contoh");
        warna.getStyle().set("background", isi).set("border", "2px solid " + garis);
        Span butir = new Span(warna, new Span(teks));
        butir.addClassName("butir-legenda");
        return butir;
    }
}
