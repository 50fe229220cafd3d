package id.sipeka.dokumen;

import java.util.Arrays;

/**
 * Benchmark, not a test: renders the Kalaena-sized Renja (60 pages, 44 sub kegiatan in every table) to PDF/A and
 * DOCX several times after a warm-up and prints milliseconds per document. Targets on a 2-core machine: PDF under
 * 2 s, DOCX under 1 s. Run:
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.toolchain=jdk -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath id.sipeka.dokumen.DokumenBenchmark"
 * </pre>
 */
final class DokumenBenchmark {

    private static final int PEMANASAN = 6;
    private static final int ULANGAN = 7;

    public static void main(String[] args) {
        Dokumen renja = ContohDokumen.renjaKalaena(1, true);
        Dokumen akhir = renja.sebagaiDraf(false);
        Pengesahan pengesahan = new Pengesahan("00000000-0000-0000-0000-000000000000",
                "https://sipeka.example/verifikasi/00000000-0000-0000-0000-000000000000");
        for (int i = 0; i < PEMANASAN; i++) {
            PdfDokumen.tulis(akhir, pengesahan);
            DocxDokumen.tulis(renja);
            XlsxDokumen.tulis(renja);
        }
        long[] pdf = new long[ULANGAN];
        long[] docx = new long[ULANGAN];
        long[] xlsx = new long[ULANGAN];
        int halaman = 0;
        int ukuranPdf = 0;
        for (int i = 0; i < ULANGAN; i++) {
            long t0 = System.nanoTime();
            byte[] p = PdfDokumen.tulis(akhir, pengesahan);
            long t1 = System.nanoTime();
            DocxDokumen.tulis(renja);
            long t2 = System.nanoTime();
            XlsxDokumen.tulis(renja);
            long t3 = System.nanoTime();
            pdf[i] = (t1 - t0) / 1_000_000;
            docx[i] = (t2 - t1) / 1_000_000;
            xlsx[i] = (t3 - t2) / 1_000_000;
            ukuranPdf = p.length;
            halaman = halaman(p);
        }
        System.out.printf("Renja Kalaena: %d halaman, %d tabel, PDF %d KB; %d core(s), Java %s%n", halaman,
                renja.tabel().size(), ukuranPdf / 1024, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("PDF/A : %s ms (median %d)%n", Arrays.toString(pdf), median(pdf));
        System.out.printf("DOCX  : %s ms (median %d)%n", Arrays.toString(docx), median(docx));
        System.out.printf("XLSX  : %s ms (median %d)%n", Arrays.toString(xlsx), median(xlsx));
    }

    private static long median(long[] nilai) {
        long[] urut = nilai.clone();
        Arrays.sort(urut);
        return urut[urut.length / 2];
    }

    private static int halaman(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
