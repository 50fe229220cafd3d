package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.Nip;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** A signed PDF validates, stays PDF/A, and any change to it — one byte — makes the check fail. */
class TandaTanganPdfTest {

    @TempDir
    Path dir;
    KunciPenandatangan kunci;

    @BeforeEach
    void kunciSendiri() {
        kunci = new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null, null, null, dir.resolve("kunci")),
                Clock.systemUTC());
    }

    byte[] ditandatangani() {
        Dokumen dokumen = ContohDokumen.kecil(1, false, null);
        TandaTangan camat = dokumen.tandaTangan().getFirst();
        byte[] pdf = PdfDokumen.tulis(dokumen, new Pengesahan("kode", "http://localhost:8080/verifikasi/kode"));
        return TandaTanganPdf.tandatangani(pdf, kunci.untuk(camat, "Kecamatan Kalaena"), camat, "Penetapan Renja 2026",
                Instant.parse("2026-06-30T02:00:00Z"));
    }

    @Test
    void aSignedPdfValidatesAndNamesTheSignerAndTime() throws Exception {
        byte[] pdf = ditandatangani();

        TandaTanganPdf.Hasil hasil = TandaTanganPdf.periksa(pdf);

        assertThat(hasil.sah()).as(hasil.alasan()).isTrue();
        assertThat(hasil.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        assertThat(hasil.waktu()).isEqualTo(Instant.parse("2026-06-30T02:00:00Z"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature tanda = doc.getLastSignatureDictionary();
            assertThat(tanda.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(tanda.getLocation()).isEqualTo("Kalaena Kiri");
        }
    }

    @Test
    void changingOneByteAnywhereBreaksTheSignature() throws Exception {
        byte[] pdf = ditandatangani();
        int[] rentang;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            rentang = doc.getLastSignatureDictionary().getByteRange();
        }
        // in the signed bytes, in the CMS structure, in the zero padding of /Contents, near the end
        for (int posisi : new int[] {pdf.length / 3, rentang[1] + 200, rentang[2] - 20, pdf.length - 40}) {
            byte[] rusak = pdf.clone();
            rusak[posisi] = (byte) (rusak[posisi] == '0' ? '1' : '0');
            assertThat(TandaTanganPdf.periksa(rusak).sah()).as("bita %d", posisi).isFalse();
        }
        byte[] ditambah = Arrays.copyOf(pdf, pdf.length + 3);
        ditambah[pdf.length] = '%';
        assertThat(TandaTanganPdf.periksa(ditambah).sah()).isFalse();
        assertThat(TandaTanganPdf.periksa(PdfDokumen.tulis(ContohDokumen.kecil(1, false, null), null)).sah()).isFalse();
    }

    @Test
    void theSignedFileIsStillPdfA2b() throws Exception {
        assertThat(PdfA.pelanggaran(ditandatangani(), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void eachSignerGetsOneSelfIssuedKeyKeptInAPrivateKeystore() throws Exception {
        TandaTangan camat = ContohDokumen.camatKalaena(null);
        TandaTangan lain = new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), null, "SEKRETARIS CAMAT",
                "Andi Sekcam", "Penata Tk. I, III/d", Nip.of("198001012005011002"));

        var pertama = kunci.untuk(camat, "Kecamatan Kalaena");
        var lagi = kunci.untuk(camat, "Kecamatan Kalaena");
        var sekcam = kunci.untuk(lain, "Kecamatan Kalaena");

        assertThat(lagi.sertifikat()).isEqualTo(pertama.sertifikat());
        assertThat(sekcam.sertifikat()).isNotEqualTo(pertama.sertifikat());
        assertThat(X500Name.getInstance(pertama.sertifikat().getSubjectX500Principal().getEncoded()).toString())
                .contains("CN=H. Marsuki\\, S.Pd.\\, M.M.", "SERIALNUMBER=197703292008011008", "O=Kecamatan Kalaena", "C=ID");
        assertThat(Files.getPosixFilePermissions(dir.resolve("kunci/kata-sandi.txt")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aConfiguredKeystoreIsOnlyReadAndASignerWithoutAKeyThereCannotSign() throws Exception {
        kunci.untuk(ContohDokumen.camatKalaena(null), "Kecamatan Kalaena");
        String sandi = Files.readString(dir.resolve("kunci/kata-sandi.txt")).strip();
        KunciPenandatangan server = new KunciPenandatangan(new DokumenProperties(dir.resolve("arsip"), null,
                dir.resolve("kunci/penandatangan.p12"), sandi, dir.resolve("lain")), Clock.systemUTC());
        TandaTangan tanpaKunci = new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), "Plh.", "CAMAT KALAENA",
                "Andi Sekcam", "Penata Tk. I, III/d", Nip.of("198001012005011002"));

        assertThat(server.untuk(ContohDokumen.camatKalaena(null), "Kecamatan Kalaena").sertifikat()).isNotNull();
        assertThatThrownBy(() -> server.untuk(tanpaKunci, "Kecamatan Kalaena"))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("19800101 200501 1 002");
        assertThat(dir.resolve("lain")).doesNotExist();
    }
}
