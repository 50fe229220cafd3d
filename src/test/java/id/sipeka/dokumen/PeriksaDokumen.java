package id.sipeka.dokumen;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Tests of other modules check documents through here: the signature check of {@link TandaTanganPdf} (package
 * internal), the text a reader sees, the QR code as a phone would read it, and page images for a person to look at.
 */
public final class PeriksaDokumen {

    private PeriksaDokumen() {
    }

    /** Every signature valid and covering the whole file. */
    public static boolean tandaTanganSah(byte[] pdf) {
        return TandaTanganPdf.periksa(pdf).sah();
    }

    /** The signer's name as written in the signature dictionary, when valid. */
    public static Optional<String> penandatangan(byte[] pdf) {
        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(pdf);
        return hasil.sah() ? Optional.ofNullable(hasil.penandatangan()) : Optional.empty();
    }

    /** The names in the file's signature dictionaries, in signing order (a document signed in turn has two). */
    public static List<String> penandatanganSemua(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getSignatureDictionaries().stream().map(s -> s.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file as it was when signature {@code i} (0 first) was applied: the bytes its range ends with. For a document
     * signed in turn, revision 0 is what the first signer signed, to be checked on its own.
     */
    public static byte[] revisi(byte[] pdf, int i) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int[] rentang = doc.getSignatureDictionaries().get(i).getByteRange();
            return java.util.Arrays.copyOf(pdf, rentang[2] + rentang[3]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF/A-2b rules veraPDF finds broken, empty for a valid file. */
    public static List<String> pelanggaranPdfA(byte[] pdf) {
        try {
            return PdfA.pelanggaran(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF tidak dapat membaca berkas", e);
        }
    }

    /** The pictures drawn on the pages (charts, QR codes), counted page by page. */
    public static int jumlahGambar(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int jumlah = 0;
            for (var halaman : doc.getPages()) {
                for (var nama : halaman.getResources().getXObjectNames()) {
                    if (halaman.getResources().getXObject(nama) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        jumlah++;
                    }
                }
            }
            return jumlah;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int jumlahHalaman(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of the whole PDF in drawing order (a table cell's lines stay together, as the renderer draws cell by
     * cell), whitespace collapsed to single spaces.
     */
    public static String teks(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first QR code found on the first pages, decoded from the rendered page as a phone camera would: at 150 dpi
     * and, when the code's modules fall awkwardly on that pixel grid (it depends on the random document code), again
     * at 300 dpi, trying hard both times.
     */
    public static Optional<String> kodeQr(byte[] pdf, int halamanMaksimal) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < Math.min(halamanMaksimal, doc.getNumberOfPages()); i++) {
                for (int dpi : new int[] {150, 300}) {
                    BufferedImage gambar = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                    int[] piksel = gambar.getRGB(0, 0, gambar.getWidth(), gambar.getHeight(), null, 0, gambar.getWidth());
                    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(gambar.getWidth(), gambar.getHeight(), piksel)));
                    try {
                        return Optional.of(new QRCodeReader().decode(bitmap,
                                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
                    } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                        // no readable code on this page at this resolution
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether poppler's pdftoppm is installed (the page images are optional: no tool, no images). */
    public static boolean adaPdftoppm() {
        return List.of("/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm").stream().anyMatch(p -> Files.isExecutable(Path.of(p)));
    }

    /**
     * Writes the PDF to {@code folder/nama.pdf} and its pages as PNG ({@code nama-01.png}, …) for review.
     *
     * @return the PNG files written
     */
    public static List<Path> gambarHalaman(byte[] pdf, Path folder, String nama, int dpi) {
        try {
            Files.createDirectories(folder);
            Path berkas = folder.resolve(nama + ".pdf");
            Files.write(berkas, pdf);
            Process proses = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(dpi), berkas.toString(),
                    folder.resolve(nama).toString()).redirectErrorStream(true).start();
            proses.getInputStream().readAllBytes();
            if (!proses.waitFor(120, TimeUnit.SECONDS) || proses.exitValue() != 0) {
                throw new IllegalStateException("pdftoppm gagal untuk " + berkas);
            }
            try (var isi = Files.list(folder)) {
                return isi.filter(p -> p.getFileName().toString().startsWith(nama + "-") && p.toString().endsWith(".png"))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
