package id.sipeka.dokumen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import id.sipeka.LatarSelesai;
import id.sipeka.Masuk;
import id.sipeka.base.Nip;
import id.sipeka.dokumen.ArsipDokumen;
import id.sipeka.dokumen.Bab;
import id.sipeka.dokumen.Bagian;
import id.sipeka.dokumen.BarisTabel;
import id.sipeka.dokumen.Dokumen;
import id.sipeka.dokumen.DokumenService;
import id.sipeka.dokumen.Metadata;
import id.sipeka.dokumen.Paragraf;
import id.sipeka.dokumen.Sel;
import id.sipeka.dokumen.SelKepala;
import id.sipeka.dokumen.Tabel;
import id.sipeka.dokumen.TandaTangan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import id.sipeka.organisasi.OrganisasiService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The archive screen: readers of the kecamatan see its signed documents with stage, version, signer and SHA-256,
 * and the document's tables beside them; only inspectors (camat, sekcam, the kabupaten's viewer) get the yearly ZIP.
 */
@SpringBootTest
class ArsipViewTest extends SpringBrowserlessTest {

    static final int TAHUN = 2031;
    static ArsipDokumen arsip;

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** One signed document of a year no other test uses, issued once by the camat. */
    @BeforeEach
    void dokumenBertandaTangan() {
        if (arsip != null) {
            return;
        }
        var sebelum = SecurityContextHolder.getContext();
        Masuk.sebagai(users, "camat");
        long kec = organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
        TandaTangan camat = new TandaTangan("Kalaena Kiri", LocalDate.of(2030, 6, 30), null, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina Tingkat I, IV/b", Nip.of("197703292008011008"));
        Tabel tabel = new Tabel("Tabel 4.1", "Alokasi", List.of(List.of(SelKepala.of("No"), SelKepala.of("Pagu"))),
                List.of(BarisTabel.biasa(Sel.angka(1), Sel.rupiah(1_000_000))), List.of(), false);
        arsip = dokumen.terbitkan(new Dokumen("Rencana Kerja Uji Arsip", new Metadata("Renja", kec, "Kecamatan Kalaena", TAHUN,
                "Penetapan", 1), null, List.of(new Bab("I", "ISI", List.of(Bagian.of("", "", new Paragraf("Isi."), tabel, camat)))),
                false));
        SecurityContextHolder.setContext(sebelum);
        // the document's tables are stored as XLSX just after the signing commits
        LatarSelesai.tunggu(jdbc);
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamSeesTheSignedDocumentsAndTakesTheYearlyZip() {
        ArsipView view = navigate(ArsipView.class);
        view.tahun.setValue(TAHUN);

        List<ArsipDokumen> baris = view.daftar.getGenericDataView().getItems().toList();
        assertThat(baris).extracting(ArsipDokumen::kode).containsExactly(arsip.kode());
        assertThat(baris.getFirst().tahap()).isEqualTo("Penetapan");
        assertThat(baris.getFirst().jabatanPenandatangan()).isEqualTo("CAMAT KALAENA");
        assertThat(view.daftar.getColumns().getFirst().getHeaderText()).isEqualTo("Nomor");
        assertThat(baris.getFirst().nomor()).isEqualTo(arsip.nomor()).startsWith("000.7.2.4/");
        assertThat(view.lampiran.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(l -> assertThat(l.arsipKode()).isEqualTo(arsip.kode()));
        assertThat(view.zip.getChildren().filter(Anchor.class::isInstance)).hasSize(1);
        assertThat(view.getElement().getTextRecursively()).contains("Unduh arsip tahun 2031 (ZIP)");
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiReadsTheListButGetsNoZip() {
        ArsipView view = navigate(ArsipView.class);
        view.tahun.setValue(TAHUN);

        assertThat(view.daftar.getGenericDataView().getItems()).extracting(ArsipDokumen::kode).contains(arsip.kode());
        assertThat(view.zip.getChildren().filter(Anchor.class::isInstance)).isEmpty();
    }

    @Test
    @WithUserDetails("wasuponda.camat")
    void anotherKecamatanSeesNothingOfKalaena() {
        ArsipView view = navigate(ArsipView.class);

        assertThat(view.kecamatan.getGenericDataView().getItems()).extracting(KecamatanData::nama).containsExactly("Wasuponda");
        assertThat(view.daftar.getGenericDataView().getItems()).noneMatch(a -> a.kode().equals(arsip.kode()));
    }
}
