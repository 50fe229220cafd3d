package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The three renderers read back: what a reader of the PDF, a Word user and a spreadsheet user get from the same
 * model. Pages of the samples are written to target/dokumen/ as PNG for a person to look at.
 */
class DokumenRenderTest {

    static final Path KELUARAN = Path.of("target", "dokumen");
    static byte[] renjaPdf;

    @BeforeAll
    static void renderOnce() throws Exception {
        Files.createDirectories(KELUARAN);
        renjaPdf = PdfDokumen.tulis(ContohDokumen.renjaKalaena(1, true), null);
        Files.write(KELUARAN.resolve("renja-kalaena-draf.pdf"), renjaPdf);
    }

    @Test
    void thePdfTableReadsBackWithItsHeaderCellsTypedValuesAndTotal() throws Exception {
        byte[] pdf = PdfDokumen.tulis(ContohDokumen.kecil(1, false, null), null);
        String teks = teks(pdf, 1, Integer.MAX_VALUE);

        assertThat(teks).contains("Tabel 4.1 Alokasi Anggaran", "No", "Program/Kegiatan", "Pagu Indikatif", "Capaian",
                "Sebelum", "Setelah", "Jumlah");
        assertThat(teks).contains("1 Penyediaan Jasa Surat Menyurat Rp 12.000.000 Rp 9.300.000 (2.700.000) 99,33%");
        assertThat(teks).contains("JUMLAH Rp 17.969.000 Rp 15.769.000 (2.200.000) –");
        assertThat(teks).contains("BAB I", "PENDAHULUAN", "DAFTAR ISI", "DAFTAR TABEL");
    }

    @Test
    void userTextWithMarkupIsPrintedLiterallyInEveryFormat() throws Exception {
        Dokumen dokumen = ContohDokumen.kecil(1, true, null);

        assertThat(teks(PdfDokumen.tulis(dokumen, null), 1, Integer.MAX_VALUE).replace("\n", " "))
                .contains("Catatan <script>alert('x')</script> & <b>tebal</b> \"kutip\"");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxDokumen.tulis(dokumen)))) {
            assertThat(docx.getParagraphs()).anyMatch(p -> p.getText().equals(ContohDokumen.NARASI_BERBAHAYA));
        }
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(XlsxDokumen.tulis(dokumen)))) {
            assertThat(xlsx.getSheet("Tabel 4.1").getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo(ContohDokumen.NARASI_BERBAHAYA);
        }
    }

    @Test
    void aDraftCarriesTheWatermarkAndTheSignatureBlockShowsTheActingPrefix() throws Exception {
        String draf = teks(PdfDokumen.tulis(ContohDokumen.kecil(1, true, "Plh."), null), 1, Integer.MAX_VALUE);
        String final_ = teks(PdfDokumen.tulis(ContohDokumen.kecil(1, false, "Plt."),
                new Pengesahan("kode", "https://sipeka.example/verifikasi/kode")), 1, Integer.MAX_VALUE);

        assertThat(draf).contains("DRAF", "Plh. CAMAT KALAENA,");
        assertThat(final_).doesNotContain("DRAF");
        assertThat(final_).contains("Kalaena Kiri, 30 Juni 2026", "Plt. CAMAT KALAENA,", "H. Marsuki, S.Pd., M.M.",
                "Pangkat/Gol. : Pembina, IV/a", "NIP : 19770329 200801 1 008", "Ditandatangani secara elektronik",
                "https://sipeka.example/verifikasi/");
    }

    @Test
    void aKalaenaSizedRenjaRepeatsTableHeadersOnEveryPageAndPrintsWideTablesLandscape() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renjaPdf)) {
            assertThat(pdf.getNumberOfPages()).isBetween(55, 70);
            PDFTextStripper stripper = new PDFTextStripper();
            List<Integer> halamanTabel31 = new ArrayList<>();
            boolean diTabel = false;
            boolean totalTercetak = false;
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String halaman = stripper.getText(pdf);
                if (halaman.contains("Tabel 3.1 Rumusan Rencana Program")) {
                    diTabel = !halaman.contains("DAFTAR TABEL");
                }
                if (diTabel) {
                    halamanTabel31.add(i);
                    assertThat(halaman).as("halaman %d", i).contains("Prakiraan Maju Tahun 2027", "Indikator Kinerja");
                    PDPage page = pdf.getPage(i - 1);
                    assertThat(page.getMediaBox().getWidth()).as("lanskap").isGreaterThan(page.getMediaBox().getHeight());
                    if (halaman.contains("TOTAL")) {
                        assertThat(halaman).contains("TOTAL Rp 3.474.475.490 Rp 3.563.126.458");
                        totalTercetak = true;
                        diTabel = false;
                    }
                }
            }
            assertThat(halamanTabel31).hasSizeGreaterThan(2);
            assertThat(totalTercetak).isTrue();
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).as("potret").isGreaterThan(pdf.getPage(0).getMediaBox().getWidth());
        }
    }

    @Test
    void thePdfIsPdfA2bWithEmbeddedFonts() throws Exception {
        assertThat(PdfA.pelanggaran(renjaPdf, PDFAFlavour.PDFA_2_B)).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(renjaPdf)) {
            for (var nama : pdf.getPage(3).getResources().getFontNames()) {
                assertThat(pdf.getPage(3).getResources().getFont(nama).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aPictureIsEmbeddedInThePdfAndTheDocxWithItsCaptionAndStaysPdfA() throws Exception {
        java.awt.image.BufferedImage bar = new java.awt.image.BufferedImage(400, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = bar.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(java.awt.Color.BLUE);
        g.fillRect(50, 40, 60, 160);
        g.dispose();
        var png = new java.io.ByteArrayOutputStream();
        ImageIO.write(bar, "png", png);
        Gambar gambar = new Gambar("Gambar 2.1", "Capaian per unit", png.toByteArray(), 400, 200, "Seksi A: 80,00%");
        Dokumen dokumen = new Dokumen("Uji Gambar", new Metadata("Uji", 1, "Kecamatan Uji", 2026, "TW I", 1), null,
                List.of(new Bab("I", "HASIL", List.of(Bagian.of("", "", new Paragraf("Sebelum gambar."), gambar,
                        new Paragraf("Sesudah gambar."))))), false);

        byte[] pdf = PdfDokumen.tulis(dokumen, null);
        assertThat(teks(pdf, 1, Integer.MAX_VALUE)).contains("Sebelum gambar.", "Gambar 2.1 Capaian per unit", "Sesudah gambar.");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int gambarDiHalaman = 0;
            for (PDPage halaman : d.getPages()) {
                for (var nama : halaman.getResources().getXObjectNames()) {
                    if (halaman.getResources().getXObject(nama) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                        gambarDiHalaman++;
                        assertThat(img.getWidth()).isEqualTo(400);
                    }
                }
            }
            assertThat(gambarDiHalaman).isEqualTo(1);
        }
        assertThat(PdfA.pelanggaran(pdf, PDFAFlavour.PDFA_2_B)).isEmpty();

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(DocxDokumen.tulis(dokumen)))) {
            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList()).contains("Gambar 2.1 Capaian per unit");
        }
    }

    @Test
    void theDocxHasRealTablesWithMergedAndRepeatedHeaderRows() throws Exception {
        byte[] isi = DocxDokumen.tulis(ContohDokumen.kecil(1, false, null));
        Files.write(KELUARAN.resolve("kecil.docx"), isi);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(isi))) {
            XWPFTable tabel = docx.getTables().getFirst();
            assertThat(tabel.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(6);
            XWPFTableRow kepala1 = tabel.getRow(0);
            XWPFTableRow kepala2 = tabel.getRow(1);
            assertThat(kepala1.isRepeatHeader()).isTrue();
            assertThat(kepala2.isRepeatHeader()).isTrue();
            assertThat(kepala1.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("No", "Program/Kegiatan", "Pagu Indikatif", "Capaian");
            assertThat(kepala1.getCell(2).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(kepala1.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            assertThat(kepala2.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(kepala2.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("", "", "Sebelum Perubahan", "Setelah Perubahan", "Jumlah Perubahan (+/-)", "");
            assertThat(tabel.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("1", "Penyediaan Jasa Surat Menyurat", "Rp 12.000.000", "Rp 9.300.000", "(2.700.000)", "99,33%");
            XWPFTableRow total = tabel.getRow(tabel.getNumberOfRows() - 1);
            assertThat(total.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("JUMLAH", "Rp 17.969.000", "Rp 15.769.000", "(2.200.000)", "–");
            assertThat(total.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
            assertThat(total.isRepeatHeader()).isFalse();
        }
    }

    @Test
    void theDocxOfTheRenjaHasLandscapeSectionsForWideTables() throws Exception {
        byte[] isi = DocxDokumen.tulis(ContohDokumen.renjaKalaena(1, true));
        Files.write(KELUARAN.resolve("renja-kalaena.docx"), isi);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(isi))) {
            assertThat(docx.getTables()).hasSize(8);
            long lanskap = docx.getParagraphs().stream()
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .filter(p -> p.getCTP().getPPr().getSectPr().getPgSz().getOrient().toString().equals("landscape"))
                    .count();
            assertThat(lanskap).isEqualTo(4);
            XWPFTable rumusan = docx.getTables().get(3);
            assertThat(rumusan.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(10);
            assertThat(rumusan.getRow(rumusan.getNumberOfRows() - 1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("TOTAL", "Rp 3.474.475.490", "", "", "", "Rp 3.563.126.458");
        }
    }

    @Test
    void theXlsxStoresNumbersAsNumbersWithIndonesianDisplay() throws Exception {
        byte[] isi = XlsxDokumen.tulis(ContohDokumen.kecil(1, false, null));
        Files.write(KELUARAN.resolve("kecil.xlsx"), isi);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            XSSFSheet sheet = wb.getSheet("Tabel 4.1");
            DataFormatter indonesia = new DataFormatter(Locale.of("id", "ID"));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tabel 4.1 Alokasi Anggaran");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Pagu Indikatif");
            assertThat(sheet.getMergedRegions()).extracting(org.apache.poi.ss.util.CellRangeAddress::formatAsString)
                    .contains("C3:E3", "A3:A4", "A7:B7");
            XSSFCell rupiah = sheet.getRow(4).getCell(2);
            assertThat(rupiah.getNumericCellValue()).isEqualTo(12_000_000d);
            assertThat(rupiah.getCellStyle().getDataFormatString()).isEqualTo(XlsxDokumen.FORMAT_RUPIAH);
            assertThat(indonesia.formatCellValue(rupiah)).isEqualTo("Rp 12.000.000");
            XSSFCell perubahan = sheet.getRow(4).getCell(4);
            assertThat(perubahan.getNumericCellValue()).isEqualTo(-2_700_000d);
            assertThat(indonesia.formatCellValue(perubahan)).isEqualTo("(2.700.000)");
            XSSFCell persen = sheet.getRow(4).getCell(5);
            assertThat(persen.getNumericCellValue()).isEqualTo(0.9933d);
            assertThat(indonesia.formatCellValue(persen)).isEqualTo("99,33%");
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(17_969_000d);
            assertThat(sheet.getRow(6).getCell(5).getStringCellValue()).isEqualTo("–");
        }
    }

    /** Page images for a human to review; each must be an A4 page (portrait or landscape) with print on it. */
    @Test
    void pagesRenderAsA4WithPrintOnThemForReview() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renjaPdf)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            int[] pilihan = {0, 2, 8, 9, pdf.getNumberOfPages() - 1};
            for (int i : pilihan) {
                var gambar = renderer.renderImageWithDPI(i, 80, ImageType.RGB);
                ImageIO.write(gambar, "png", KELUARAN.resolve("renja-halaman-" + (i + 1) + ".png").toFile());
                double sisi = (double) Math.min(gambar.getWidth(), gambar.getHeight())
                        / Math.max(gambar.getWidth(), gambar.getHeight());
                assertThat(sisi).as("halaman %d: A4 (1 : 1,414)", i + 1).isCloseTo(1 / Math.sqrt(2), within(0.01));
                assertThat(bagianBertinta(gambar)).as("halaman %d: bagian bertinta", i + 1).isBetween(0.002, 0.5);
            }
        }
    }

    /** The share of pixels clearly darker than paper. */
    private static double bagianBertinta(java.awt.image.BufferedImage gambar) {
        long gelap = 0;
        for (int y = 0; y < gambar.getHeight(); y++) {
            for (int x = 0; x < gambar.getWidth(); x++) {
                int rgb = gambar.getRGB(x, y);
                int terang = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (terang < 160) {
                    gelap++;
                }
            }
        }
        return (double) gelap / ((long) gambar.getWidth() * gambar.getHeight());
    }

    static String teks(byte[] pdf, int dari, int sampai) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(dari);
            stripper.setEndPage(Math.min(sampai, doc.getNumberOfPages()));
            return stripper.getText(doc);
        }
    }
}
