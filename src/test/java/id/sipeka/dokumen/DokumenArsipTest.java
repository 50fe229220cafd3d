package id.sipeka.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sipeka.Masuk;
import id.sipeka.audit.AuditService;
import id.sipeka.audit.AuditService.AuditEntri;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issuing a final document on the real database: only the signer signs, drafts never; the signed file is stored
 * once with its hash, audited, downloadable only inside the kecamatan, and checkable by anyone with its code.
 */
@SpringBootTest
class DokumenArsipTest {

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    AuditService audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    DokumenProperties properties;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    long kalaena() {
        return organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
    }

    @Test
    void theCamatSignsTheFinalDocumentWhichIsStoredOnceWithItsHashAndAudited() throws Exception {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();

        ArsipDokumen arsip = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));

        assertThat(arsip.kode()).matches("[0-9a-f-]{36}");
        assertThat(arsip.tahap()).isEqualTo("Penetapan");
        assertThat(arsip.versi()).isEqualTo(1);
        assertThat(arsip.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        assertThat(arsip.jabatanPenandatangan()).isEqualTo("CAMAT KALAENA");
        assertThat(arsip.dibuatOleh()).isEqualTo("camat");
        Path berkas = properties.direktoriArsip().resolve(kec + "").resolve(arsip.kode() + ".pdf");
        assertThat(berkas).exists();
        byte[] tersimpan = Files.readAllBytes(berkas);
        assertThat(PenyimpananBerkas.sha256(tersimpan)).isEqualTo(arsip.sha256());
        assertThat(TandaTanganPdf.periksa(tersimpan).sah()).isTrue();
        String teks = DokumenRenderTest.teks(tersimpan, 1, 99);
        assertThat(teks).contains("Ditandatangani secara elektronik").doesNotContain("DRAF");
        // the address under the QR code wraps inside its column; read in drawing order, not by position
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(tersimpan)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s", ""))
                    .contains("http://localhost:8080/verifikasi/" + arsip.kode());
        }

        BerkasArsip unduhan = dokumen.unduh(arsip.kode());
        assertThat(unduhan.isi()).isEqualTo(tersimpan);
        assertThat(dokumen.arsip(kec)).extracting(ArsipDokumen::kode).contains(arsip.kode());

        Masuk.sebagai(users, "admin");
        List<AuditEntri> riwayat = audit.riwayat("Dokumen", arsip.kode());
        assertThat(riwayat).singleElement().satisfies(e -> {
            assertThat(e.aksi()).isEqualTo("TANDA_TANGAN");
            assertThat(e.username()).isEqualTo("camat");
            assertThat(e.nilaiBaru()).contains(arsip.sha256(), "CAMAT KALAENA, H. Marsuki");
        });
    }

    @Test
    void onlyTheSignerSignsAndADraftIsNeverSigned() {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, true, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Draf");
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, false, "Plt.")))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("Plt.");

        Masuk.sebagai(users, "sekcam");
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, false, null)))
                .isInstanceOf(AturanDilanggarException.class).hasMessageContaining("H. Marsuki");
        Masuk.sebagai(users, "admin");
        assertThatThrownBy(() -> dokumen.terbitkan(ContohDokumen.kecil(kec, false, null)))
                .isInstanceOf(AturanDilanggarException.class);
    }

    @Test
    void anotherKecamatanCanNeitherDownloadNorListNorRenderAndLearnsNothingFromTrying() {
        Masuk.sebagai(users, "camat");
        long kec = kalaena();
        ArsipDokumen arsip = dokumen.terbitkan(ContohDokumen.kecil(kec, false, null));

        Masuk.sebagai(users, "wasuponda.camat");
        // the same answer as for a document code that does not exist
        String tidakAda = catchThrowableOfType(DataTidakDitemukanException.class,
                () -> dokumen.unduh(UUID.randomUUID().toString())).getMessage();
        assertThatThrownBy(() -> dokumen.unduh(arsip.kode())).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.arsip(kec)).isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);
        assertThatThrownBy(() -> dokumen.pdfDraf(ContohDokumen.kecil(kec, true, null)))
                .isInstanceOf(DataTidakDitemukanException.class).hasMessage(tidakAda);

        Masuk.sebagai(users, "viewer.lutim");
        assertThat(dokumen.unduh(arsip.kode()).arsip().kode()).isEqualTo(arsip.kode());
    }

    @Test
    void anyoneWithTheCodeSeesMetadataOnlyAndCanCompareAFile() throws Exception {
        Masuk.sebagai(users, "camat");
        ArsipDokumen arsip = dokumen.terbitkan(ContohDokumen.kecil(kalaena(), false, null));
        byte[] asli = dokumen.unduh(arsip.kode()).isi();
        Masuk.keluar();

        InfoPublik info = dokumen.infoPublik(arsip.kode()).orElseThrow();
        assertThat(info.judul()).isEqualTo("Rencana Kerja Kecamatan Kalaena Tahun 2026");
        assertThat(info.sha256()).isEqualTo(arsip.sha256());
        assertThat(dokumen.cocokkan(arsip.kode(), new ByteArrayInputStream(asli))).isInstanceOf(HasilPencocokan.Cocok.class);
        byte[] diubah = asli.clone();
        diubah[asli.length / 2] ^= 1;
        assertThat(dokumen.cocokkan(arsip.kode(), new ByteArrayInputStream(diubah)))
                .isInstanceOf(HasilPencocokan.TidakCocok.class);

        for (String tidakAda : new String[] {UUID.randomUUID().toString(), "1", "../../etc/passwd", "", null}) {
            assertThat(dokumen.infoPublik(tidakAda)).isEmpty();
            assertThat(dokumen.cocokkan(tidakAda, new ByteArrayInputStream(asli))).isInstanceOf(HasilPencocokan.TidakDikenal.class);
        }
    }

    @Test
    void draftsAndEditableFormatsAreRenderedForReadersOfTheKecamatan() throws Exception {
        Masuk.sebagai(users, "kasi.pem");
        long kec = kalaena();
        Dokumen akhir = ContohDokumen.kecil(kec, false, null);

        assertThat(DokumenRenderTest.teks(dokumen.pdfDraf(akhir), 1, 99)).contains("DRAF");
        assertThat(dokumen.docx(akhir)).startsWith('P', 'K');
        assertThat(dokumen.xlsx(akhir)).startsWith('P', 'K');
    }
}
