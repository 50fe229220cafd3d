package id.sipeka.dokumen.ui;

import static id.sipeka.base.IsiBuatan.MB;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.Masuk;
import id.sipeka.base.IsiBuatan;
import id.sipeka.base.Nip;
import id.sipeka.base.ui.UnggahanUji;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/**
 * Anyone may upload a file on the public verification page, so it is compared while it is read and never kept:
 * a file over the limit is refused before it is read whole, and one address may compare only a few a minute.
 * Each test sends from addresses of its own (the rate limit is shared by the whole application).
 */
@SpringBootTest
@WithAnonymousUser
class VerifikasiUnggahTest extends SpringBrowserlessTest {

    private static ArsipDokumen arsip;
    private static byte[] asli;

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void dokumenBertandaTangan() {
        if (arsip != null) {
            return;
        }
        var anonim = SecurityContextHolder.getContext();
        Masuk.sebagai(users, "camat");
        long kec = organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
        TandaTangan camat = new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), null, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina, IV/a", Nip.of("197703292008011008"));
        arsip = dokumen.terbitkan(new Dokumen("Laporan Uji Unggahan",
                new Metadata("Laporan Evaluasi Triwulan", kec, "Kecamatan Kalaena", 2026, "Final", 1), null,
                List.of(new Bab("I", "PENUTUP", List.of(Bagian.of("", "", new Paragraf("Isi."), camat)))), false));
        asli = dokumen.unduh(arsip.kode()).isi();
        SecurityContextHolder.setContext(anonim);
    }

    @Test
    void theSignedOriginalUploadedOnThePublicPageIsFoundToMatch() throws Exception {
        VerifikasiView view = navigate("verifikasi/" + arsip.kode(), VerifikasiView.class);

        MockHttpServletResponse respons = UnggahanUji.kirim(find(Upload.class).single(), "salinan.pdf", "application/pdf",
                new ByteArrayInputStream(asli), asli.length, "192.0.2.10");

        assertThat(respons.getStatus()).isEqualTo(200);
        // the bytes are the archived ones, and the file's own signature verifies
        assertThat(view.hasil.getElement().getTextRecursively())
                .startsWith("Cocok: berkas ini sama persis dengan dokumen yang ditandatangani.")
                .contains("Tanda tangan elektronik pada berkas ini sah: ditandatangani oleh H. Marsuki, S.Pd., M.M.");
    }

    @Test
    void aFileFarOverTheLimitIsRefusedWhileItIsReadNeverReadWhole() throws Exception {
        VerifikasiView view = navigate("verifikasi/" + arsip.kode(), VerifikasiView.class);
        IsiBuatan besar = IsiBuatan.pdf(300 * MB); // sent without a declared length, as a chunked body is

        MockHttpServletResponse respons = UnggahanUji.kirim(find(Upload.class).single(), "besar.pdf", "application/pdf",
                besar, -1, "192.0.2.11");

        assertThat(besar.dibaca()).as("byte yang dibaca server").isLessThanOrEqualTo(50 * MB + 1);
        assertThat(respons.getStatus()).isEqualTo(413);
        assertThat(view.hasil.getElement().getTextRecursively())
                .isEqualTo("Berkas \"besar.pdf\" ditolak karena lebih besar dari 50 MB.");
    }

    @Test
    void aFileThatDeclaresItselfTooLargeIsRefusedWithoutReadingAByte() throws Exception {
        VerifikasiView view = navigate("verifikasi/" + arsip.kode(), VerifikasiView.class);
        IsiBuatan besar = IsiBuatan.pdf(1024 * MB);

        MockHttpServletResponse respons = UnggahanUji.kirim(find(Upload.class).single(), "satu-giga.pdf",
                "application/pdf", besar, besar.ukuran(), "192.0.2.12");

        assertThat(besar.dibaca()).as("byte yang dibaca server").isZero();
        assertThat(respons.getStatus()).isEqualTo(413);
        assertThat(view.hasil.getElement().getTextRecursively()).contains("\"satu-giga.pdf\"", "50 MB");
    }

    @Test
    void theSixthComparisonWithinAMinuteFromOneAddressIsRefusedUnreadWhileAnotherAddressIsCompared() throws Exception {
        VerifikasiView view = navigate("verifikasi/" + arsip.kode(), VerifikasiView.class);
        Upload upload = find(Upload.class).single();
        for (int i = 1; i <= 5; i++) {
            assertThat(UnggahanUji.kirim(upload, "salinan-" + i + ".pdf", "application/pdf", IsiBuatan.pdf(1000), 1000,
                    "203.0.113.50").getStatus()).as("perbandingan ke-%d", i).isEqualTo(200);
            assertThat(view.hasil.getElement().getTextRecursively()).startsWith("Tidak cocok");
        }

        IsiBuatan keenam = IsiBuatan.pdf(1000);
        MockHttpServletResponse ditolak = UnggahanUji.kirim(upload, "salinan-6.pdf", "application/pdf", keenam, 1000,
                "203.0.113.50");
        assertThat(keenam.dibaca()).as("byte yang dibaca server").isZero();
        assertThat(ditolak.getStatus()).isEqualTo(429);
        assertThat(view.hasil.getElement().getTextRecursively()).isEqualTo("Terlalu banyak berkas diperiksa dari alamat "
                + "Anda dalam satu menit terakhir. Tunggu sebentar, lalu coba lagi.");

        MockHttpServletResponse lain = UnggahanUji.kirim(upload, "asli.pdf", "application/pdf",
                new ByteArrayInputStream(asli), asli.length, "198.51.100.50");
        assertThat(lain.getStatus()).isEqualTo(200);
        assertThat(view.hasil.getElement().getTextRecursively()).startsWith("Cocok");
    }
}
