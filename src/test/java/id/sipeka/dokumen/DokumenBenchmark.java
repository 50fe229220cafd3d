package id.sipeka.dokumen;

import id.sipeka.Masuk;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.LayananRenja;
import id.sipeka.renja.RenjaDokumenService;
import id.sipeka.renja.RenjaLengkapUji;
import id.sipeka.renja.RenjaQueryService;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a test (excluded from the normal run): the real demo Renja of Kalaena (44 sub kegiatan, every unit's
 * narrative, forum, review RKPD), made through the services up to penetapan, then its document model rendered warm
 * to PDF/A (with the verification QR code) and DOCX several times; prints milliseconds per document, pages and size.
 * Targets on a 2-core machine: PDF under 2 s, DOCX under 1 s. Run:
 * {@code ./mvnw test -Pbenchmark -Dtest=DokumenBenchmark} (-Dbenchmark.ulangan=7, -Dbenchmark.pemanasan=5).
 */
@Tag("benchmark")
@SpringBootTest
class DokumenBenchmark {

    static final int PEMANASAN = Integer.getInteger("benchmark.pemanasan", 5);
    static final int ULANGAN = Integer.getInteger("benchmark.ulangan", 7);

    @Autowired
    RenjaQueryService renja;
    @Autowired
    LayananRenja layanan;
    @Autowired
    RenjaDokumenService dokumenRenja;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @Test
    void kalaenaRenjaRendersWarm() {
        RenjaLengkapUji uji = new RenjaLengkapUji(layanan, organisasi, users);
        long id = uji.sampaiPenetapan(2026);
        long t0 = System.nanoTime();
        uji.tetapkan(id, LocalDate.of(2025, 6, 30));
        long penetapan = (System.nanoTime() - t0) / 1_000_000;

        Masuk.sebagai(users, "camat");
        Dokumen akhir = dokumenRenja.dokumen(id);
        Masuk.keluar();
        Pengesahan pengesahan = new Pengesahan("00000000-0000-0000-0000-000000000000",
                "https://sipeka.example/verifikasi/00000000-0000-0000-0000-000000000000");
        for (int i = 0; i < PEMANASAN; i++) {
            PdfDokumen.tulis(akhir, pengesahan);
            DocxDokumen.tulis(akhir);
            XlsxDokumen.tulis(akhir);
        }
        long[] pdf = new long[ULANGAN];
        long[] docx = new long[ULANGAN];
        long[] xlsx = new long[ULANGAN];
        byte[] p = null;
        int ukuranDocx = 0;
        for (int i = 0; i < ULANGAN; i++) {
            long a = System.nanoTime();
            p = PdfDokumen.tulis(akhir, pengesahan);
            long b = System.nanoTime();
            ukuranDocx = DocxDokumen.tulis(akhir).length;
            long c = System.nanoTime();
            XlsxDokumen.tulis(akhir);
            long d = System.nanoTime();
            pdf[i] = (b - a) / 1_000_000;
            docx[i] = (c - b) / 1_000_000;
            xlsx[i] = (d - c) / 1_000_000;
        }
        System.out.printf("%nHASIL BENCHMARK DOKUMEN: Renja Kalaena 2026 (%d sub kegiatan): %d halaman, %d tabel, PDF %d KB, "
                        + "DOCX %d KB; %d core, Java %s%n", renja.baris(idSebagaiCamat(id)).size(), PeriksaDokumen.jumlahHalaman(p),
                akhir.tabel().size(), p.length / 1024, ukuranDocx / 1024, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("PDF/A hangat : %s ms (median %d)%n", Arrays.toString(pdf), median(pdf));
        System.out.printf("DOCX hangat  : %s ms (median %d)%n", Arrays.toString(docx), median(docx));
        System.out.printf("XLSX hangat  : %s ms (median %d)%n", Arrays.toString(xlsx), median(xlsx));
        System.out.printf("Penetapan sekali (langkah proses + PDF + tanda tangan + arsip, dingin): %d ms%n%n", penetapan);
        Masuk.keluar();
    }

    private long idSebagaiCamat(long id) {
        Masuk.sebagai(users, "camat");
        return id;
    }

    private static long median(long[] nilai) {
        long[] urut = nilai.clone();
        Arrays.sort(urut);
        return urut[urut.length / 2];
    }
}
