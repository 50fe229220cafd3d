package id.sipeka.evaluasi.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.dokumen.GrafikBatang;
import id.sipeka.dokumen.GrafikBatang.Data;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A chart of capaian on a screen: the very PNG that {@link GrafikBatang} draws for documents, shown as an image
 * that fills the available width (up to its own 1600 px) and keeps its proportions. Its alt text lists every value,
 * so a screen reader reads what the bars show. A component to put on a screen, not a route.
 */
public class GrafikView extends Composite<Image> implements HasSize {

    private Data data;
    private byte[] png;

    public GrafikView() {
        getContent().addClassName("grafik-capaian");
        getContent().getStyle().set("max-width", GrafikBatang.LEBAR + "px").set("height", "auto")
                .set("aspect-ratio", GrafikBatang.LEBAR + " / " + GrafikBatang.TINGGI);
        getContent().setWidthFull();
    }

    public GrafikView(Data data) {
        this();
        tampilkan(data);
    }

    /** Draws the chart for these values (once, on the server) and shows it. */
    public void tampilkan(Data data) {
        byte[] gambar = GrafikBatang.png(data);
        this.data = data;
        this.png = gambar;
        getContent().setSrc(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(gambar),
                "grafik-capaian.png", "image/png", gambar.length)).inline());
        getContent().setAlt(GrafikBatang.teksAlternatif(data));
    }

    /** What is shown, if anything. */
    public Optional<Data> data() {
        return Optional.ofNullable(data);
    }

    /** The PNG that is shown (the same bytes a document can embed), or empty before {@link #tampilkan}. */
    public byte[] png() {
        return png == null ? new byte[0] : png.clone();
    }

    /** The alt text of the image: the title and every value. */
    public String teksAlternatif() {
        return getContent().getAlt().orElse("");
    }
}
