package id.sipeka.evaluasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.LampiranDokumen;
import id.sipeka.evaluasi.EvaluasiData.BuktiData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The evidence a unit attached to its quarterly report goes into the archive when the camat signs the report: each
 * file once with the SHA-256 it was uploaded with, titled after the report and its row, and in the yearly ZIP's
 * {@code bukti/} — a file deleted before submitting does not.
 */
@SpringBootTest
class BuktiLaporanTerarsipTest {

    @Autowired
    PenyiapBukti penyiap;
    @Autowired
    DokumenService dokumen;
    @Autowired
    UserDetailsService users;

    /** One signed report with evidence, made once for both tests. */
    static PenyiapBukti.LaporanBerbukti l;

    @BeforeEach
    void laporanBerbukti() {
        if (l == null) {
            l = penyiap.laporanDitandatangani();
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theEvidenceOfASignedReportIsArchivedWithItsHashAndListedUnderBuktiInTheYearlyZip() throws Exception {
        KecamatanSeed003 k = l.kecamatan();
        BuktiData pdf = l.bukti().get(0);
        BuktiData png = l.bukti().get(1);
        String judul = "Bukti " + KecamatanSeed003.PERDES + " – Laporan Evaluasi Seksi Pemerintahan Umum Triwulan I 2026";

        Masuk.sebagai(users, k.camat());
        List<LampiranDokumen> bukti = dokumen.lampiran(k.kecamatanId()).stream()
                .filter(x -> x.jenis().equals("Bukti laporan evaluasi")).toList();
        assertThat(bukti).extracting(LampiranDokumen::namaBerkas, LampiranDokumen::sha256, LampiranDokumen::judul,
                        LampiranDokumen::tahun, LampiranDokumen::disimpanOleh, LampiranDokumen::tipeMedia)
                .containsExactlyInAnyOrder(
                        tuple("daftar-hadir.pdf", pdf.sha256(), judul, 2026, k.kasi(), "application/pdf"),
                        tuple("foto asistensi.png", png.sha256(), judul, 2026, k.kasi(), "image/png"));
        assertThat(bukti).allSatisfy(b -> assertThat(b.arsipKode()).as("evidence, not a table of the document").isNull());
        for (LampiranDokumen b : bukti) {
            byte[] isi = dokumen.unduhLampiran(b.kode()).isi();
            assertThat(isi).isEqualTo(b.namaBerkas().endsWith(".pdf") ? PenyiapBukti.PDF : PenyiapBukti.PNG);
        }
        assertThat(dokumen.lampiran(k.kecamatanId())).extracting(LampiranDokumen::namaBerkas)
                .as("deleted before the report was submitted").doesNotContain("salah-unggah.pdf");

        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        dokumen.tulisArsipTahunan(k.kecamatanId(), 2026, keluar);
        Map<String, byte[]> zip = isiZip(keluar.toByteArray());
        String pdfDiZip = zip.keySet().stream().filter(n -> n.startsWith("bukti/") && n.endsWith("-daftar-hadir.pdf"))
                .findFirst().orElseThrow();
        String pngDiZip = zip.keySet().stream().filter(n -> n.startsWith("bukti/") && n.endsWith("-foto asistensi.png"))
                .findFirst().orElseThrow();
        assertThat(zip.get(pdfDiZip)).isEqualTo(PenyiapBukti.PDF);
        assertThat(zip.get(pngDiZip)).isEqualTo(PenyiapBukti.PNG);
        assertThat(zip.keySet()).noneMatch(n -> n.contains("salah-unggah"));
        String manifest = new String(zip.get("MANIFEST.csv"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"" + pdfDiZip + "\";\"" + pdf.sha256() + "\"")
                .contains("\"" + pngDiZip + "\";\"" + png.sha256() + "\"")
                .contains("\"" + judul + "\"");
        // the signed report itself is in the same ZIP under dokumen/
        assertThat(zip.keySet()).anyMatch(n -> n.startsWith("dokumen/") && n.contains(l.arsipKode().substring(0, 8)));
    }

    @Test
    void onlyTheSignerOfTheDocumentAddsEvidenceToIt() {
        Masuk.sebagai(users, l.kecamatan().sekcam());
        assertThatThrownBy(() -> dokumen.simpanBuktiDokumen(l.arsipKode(), "Bukti laporan evaluasi", "Bukti susulan",
                "susulan.pdf", PenyiapBukti.PDF, l.kecamatan().sekcam(), Instant.now()))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Hanya");
        Masuk.sebagai(users, l.kecamatan().camat());
        assertThat(dokumen.lampiran(l.kecamatan().kecamatanId())).extracting(LampiranDokumen::namaBerkas)
                .doesNotContain("susulan.pdf");
    }

    private static Map<String, byte[]> isiZip(byte[] zip) throws Exception {
        Map<String, byte[]> isi = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                isi.put(e.getName(), in.readAllBytes());
            }
        }
        return isi;
    }
}
