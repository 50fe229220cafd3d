package id.sipeka.dokumen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import id.sipeka.Masuk;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.HasilPencocokan;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.base.Nip;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The public page behind the QR code: metadata for a real code, and for anything else nothing at all. */
@SpringBootTest
@WithAnonymousUser
class VerifikasiViewTest extends SpringBrowserlessTest {

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @Test
    void anUnknownOrMalformedCodeShowsOnlyNotFound() {
        for (String kode : new String[] {UUID.randomUUID().toString(), "123", "%3Cscript%3E"}) {
            VerifikasiView view = navigate("verifikasi/" + kode, VerifikasiView.class);

            assertThat(find(H2.class).single().getText()).isEqualTo("Dokumen tidak ditemukan");
            assertThat(find(Upload.class).exists()).isFalse();
            assertThat(view.getElement().getTextRecursively()).isEqualTo(
                    "Dokumen tidak ditemukanTidak ada dokumen dengan kode ini. Periksa kembali alamat pada kode QR.");
        }
    }

    @Test
    void aSignedDocumentsCodeShowsItsMetadataAndTheUploadCheck() {
        var konteksAnonim = SecurityContextHolder.getContext();
        Masuk.sebagai(users, "camat");
        long kec = organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
        TandaTangan camat = new TandaTangan("Kalaena Kiri", LocalDate.of(2026, 6, 30), null, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina, IV/a", Nip.of("197703292008011008"));
        ArsipDokumen arsip = dokumen.terbitkan(new Dokumen("Laporan <b>Uji</b>",
                new Metadata("Laporan Evaluasi Triwulan", kec, "Kecamatan Kalaena", 2026, "Final", 2), null,
                List.of(new Bab("I", "PENUTUP", List.of(Bagian.of("", "", new Paragraf("Isi rahasia."), camat)))), false));
        SecurityContextHolder.setContext(konteksAnonim);

        VerifikasiView view = navigate("verifikasi/" + arsip.kode(), VerifikasiView.class);

        String teks = view.getElement().getTextRecursively();
        assertThat(teks).contains("Verifikasi Dokumen", "Laporan <b>Uji</b>", "Laporan Evaluasi Triwulan 2026",
                "Final, versi 2", "CAMAT KALAENA — H. Marsuki, S.Pd., M.M.", arsip.sha256(), " pukul ");
        assertThat(teks).doesNotContain("Isi rahasia");
        assertThat(find(Upload.class).exists()).isTrue();

        view.tampilkanHasil(new HasilPencocokan.TidakDikenal());
        assertThat(find(Span.class).withText("Dokumen tidak ditemukan").exists()).isTrue();
    }
}
