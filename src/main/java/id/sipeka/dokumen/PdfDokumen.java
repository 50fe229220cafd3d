package id.sipeka.dokumen;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PDF/A-2b on A4 from the XHTML of {@link HtmlDokumen}, with DejaVu Sans embedded (shipped in the jar, so the
 * output does not depend on the fonts of the server).
 */
final class PdfDokumen {

    private static final byte[] FONT_BIASA = muat("/dokumen/font/DejaVuSans.ttf");
    private static final byte[] FONT_TEBAL = muat("/dokumen/font/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfDokumen() {
    }

    static byte[] tulis(Dokumen dokumen, Pengesahan pengesahan) {
        byte[] qr = pengesahan == null ? null : KodeQr.png(pengesahan.urlVerifikasi());
        String html = HtmlDokumen.tulis(dokumen, pengesahan, qr);
        ByteArrayOutputStream keluar = new ByteArrayOutputStream(512 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.useFont(() -> new ByteArrayInputStream(FONT_BIASA), HtmlDokumen.FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(FONT_TEBAL), HtmlDokumen.FONT, 700, FontStyle.NORMAL, true);
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
