package id.sipeka.dokumen;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF/A-2b on A4 from the XHTML of {@link HtmlDokumen}, with DejaVu Sans embedded (shipped in the jar, so the
 * output does not depend on the fonts of the server; parsed once per JVM, see {@link FontDokumen}).
 */
final class PdfDokumen {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        LogOpenHtml.pasang();
    }

    private PdfDokumen() {
    }

    static byte[] tulis(Dokumen dokumen, Pengesahan pengesahan) {
        byte[] qr = pengesahan == null ? null : KodeQr.png(pengesahan.urlVerifikasi());
        String html = HtmlDokumen.tulis(dokumen, pengesahan, qr);
        ByteArrayOutputStream keluar = new ByteArrayOutputStream(512 * 1024);
        // Our own document, so the shared, already parsed fonts can be bound to it. The renderer saves and closes it;
        // closing it again is harmless and covers a failure before the renderer took it.
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FontDokumen.METRIK);
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.useFont(FontDokumen.untuk(pdf, false), HtmlDokumen.FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(FontDokumen.untuk(pdf, true), HtmlDokumen.FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(keluar);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keluar.toByteArray();
    }

    static byte[] muat(String sumber) {
        try (InputStream in = PdfDokumen.class.getResourceAsStream(sumber)) {
            if (in == null) {
                throw new IllegalStateException("Sumber tidak ada di classpath: " + sumber);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
