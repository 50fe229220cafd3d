package id.sipeka.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.KodeKesalahan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Download links, the same on every screen. The file is made when the link is clicked, in that HTTP request (the
 * services check the signed-in user again there); a refusal answers 403 (404 for a record the user may not read),
 * a failure 500 with its code in the log, instead of a half-written file; the error page says so in Indonesian.
 */
public final class Unduhan {

    /** A file to hand to the browser. */
    public record Berkas(String nama, String tipeMedia, byte[] isi) {
    }

    /** Writes a large file (an archive) straight into the response. */
    @FunctionalInterface
    public interface Penulis {
        void tulis(OutputStream keluar) throws IOException;
    }

    private Unduhan() {
    }

    /** A link styled as a button that downloads what {@code berkas} makes. */
    public static Anchor tautan(String teks, String id, Supplier<Berkas> berkas) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            try {
                Berkas b = berkas.get();
                return new DownloadResponse(new ByteArrayInputStream(b.isi()), b.nama(), b.tipeMedia(), b.isi().length);
            } catch (DataTidakDitemukanException tidakAda) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (AccessDeniedException ditolak) {
                return DownloadResponse.error(HttpStatusCode.FORBIDDEN);
            } catch (RuntimeException gagal) {
                KodeKesalahan.catat(gagal, "unduhan " + id);
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR);
            }
        }), AttachmentType.DOWNLOAD, teks);
        return gaya(a, id);
    }

    /** A link that streams a file of the given name and type (checked by the caller before the link is shown). */
    public static Anchor aliran(String teks, String id, String nama, String tipeMedia, Penulis penulis) {
        Anchor a = new Anchor((DownloadHandler) e -> {
            e.setFileName(nama);
            e.setContentType(tipeMedia);
            try (OutputStream keluar = e.getOutputStream()) {
                penulis.tulis(keluar);
            }
        }, AttachmentType.DOWNLOAD, teks);
        return gaya(a, id);
    }

    private static Anchor gaya(Anchor a, String id) {
        if (id != null) {
            a.setId(id);
        }
        a.addClassName("tautan-unduh");
        return a;
    }
}
