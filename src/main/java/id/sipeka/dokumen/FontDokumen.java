package id.sipeka.dokumen;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold), parsed once per JVM and shared by every render. Each PDF still gets its own
 * embedded subset ({@link PDType0Font#load(PDDocument, TrueTypeFont, boolean)} binds a font to one document and
 * leaves the parsed font open); only the parsing of the two 700 KB files, which every render used to repeat, is
 * done once. PDFBox reads a shared {@link TrueTypeFont} under its own locks (it shares its system fonts across
 * documents the same way), and every table is read here before the first render, so renders in parallel only
 * read memory. Font metrics are cached once too.
 */
final class FontDokumen {

    private static final TrueTypeFont BIASA = urai("/dokumen/font/DejaVuSans.ttf");
    private static final TrueTypeFont TEBAL = urai("/dokumen/font/DejaVuSans-Bold.ttf");
    /** openhtmltopdf's own thread-safe store: the metrics of each face are computed by the first render only. */
    static final FSCacheEx<String, FSCacheValue> METRIK = new FSDefaultCacheStore();

    private FontDokumen() {
    }

    /** The regular or bold face for one document; the font is embedded (as a subset) only if the text uses it. */
    static PDFontSupplier untuk(PDDocument dokumen, boolean tebal) {
        TrueTypeFont font = tebal ? TEBAL : BIASA;
        return new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                try {
                    return PDType0Font.load(dokumen, font, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    /** The printed width of {@code teks} in points at {@code ukuranPt}, from the font's own advance widths. */
    static float lebarPt(String teks, boolean tebal, float ukuranPt) {
        TrueTypeFont font = tebal ? TEBAL : BIASA;
        try {
            var cmap = font.getUnicodeCmapLookup();
            long satuan = 0;
            for (int i = 0; i < teks.length(); i = teks.offsetByCodePoints(i, 1)) {
                satuan += font.getAdvanceWidth(cmap.getGlyphId(teks.codePointAt(i)));
            }
            return satuan * ukuranPt / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont urai(String sumber) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfDokumen.muat(sumber)));
            // Every table read now, while only this thread sees the font.
            font.getNaming();
            font.getHeader();
            font.getHorizontalHeader();
            font.getMaximumProfile();
            font.getOS2Windows();
            font.getPostScript();
            font.getHorizontalMetrics();
            font.getIndexToLocation();
            font.getGlyph();
            font.getCmap();
            font.getUnicodeCmapLookup();
            // No glyph substitution: our documents are Indonesian in Latin script, which DejaVu Sans draws one glyph
            // per character, so PDFBox's GSUB pass (tokenising every string of every cell against the font's
            // substitution rules) changed nothing and took about a fifth of a Renja's render (flight recording of
            // RenjaBenchmark#dokumen*).
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
