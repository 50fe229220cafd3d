package id.sipeka.dokumen.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import id.sipeka.Masuk;
import id.sipeka.base.Nip;
import id.sipeka.dokumen.AgendaNaskah;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The agenda screen: readers of the kecamatan see the year's register (nomor, date, subject, klasifikasi, kind,
 * signer) page by page with a link to each PDF; only those who may take the yearly archive get the SRIKANDI ZIP.
 */
@SpringBootTest
class AgendaNaskahViewTest extends SpringBrowserlessTest {

    static ArsipDokumen arsip;

    @Autowired
    DokumenService dokumen;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    /**
     * One berita acara signed by the camat this year (the register's year is the year of signing), for a plan year no
     * other test uses (the archive screen's test counts the documents of its own year).
     */
    @BeforeEach
    void naskahBernomor() {
        if (arsip != null) {
            return;
        }
        var sebelum = SecurityContextHolder.getContext();
        Masuk.sebagai(users, "camat");
        long kec = organisasi.kecamatanTerlihat().stream().filter(k -> k.nama().equals("Kalaena")).findFirst()
                .map(KecamatanData::id).orElseThrow();
        TandaTangan camat = new TandaTangan("Kalaena Kiri", LocalDate.now(clock), null, "CAMAT KALAENA",
                "H. Marsuki, S.Pd., M.M.", "Pembina Tingkat I, IV/b", Nip.of("197703292008011008"));
        arsip = dokumen.terbitkan(new Dokumen("Berita Acara Uji Agenda", new Metadata("Berita Acara Forum Perangkat Daerah",
                kec, "Kecamatan Kalaena", 2033, "Forum Perangkat Daerah", 1), null, List.of(),
                List.of(Bab.tanpaNomor("BERITA ACARA", List.of(Bagian.of("", "", new Paragraf("Isi."), camat)))), false, false));
        SecurityContextHolder.setContext(sebelum);
    }

    @Test
    @WithUserDetails("sekcam")
    void theSekcamSeesTheYearsRegisterWithTheNumberAndTakesTheSrikandiZip() {
        AgendaNaskahView view = navigate(AgendaNaskahView.class);

        assertThat(view.tahun.getValue()).isEqualTo(LocalDate.now(clock).getYear());
        List<AgendaNaskah> baris = view.daftar.getLazyDataView().getItems().toList();
        assertThat(baris).extracting(AgendaNaskah::urut).isSorted().doesNotHaveDuplicates();
        assertThat(baris).filteredOn(a -> a.arsipKode().equals(arsip.kode())).singleElement().satisfies(a -> {
            assertThat(a.nomor()).isEqualTo(arsip.nomor()).startsWith("000.7.3/").endsWith("/KEC/" + view.tahun.getValue());
            assertThat(a.hal()).isEqualTo("Berita Acara Uji Agenda");
            assertThat(a.klasifikasi()).isEqualTo("000.7.3");
            assertThat(a.penandatangan()).isEqualTo("H. Marsuki, S.Pd., M.M.");
        });
        assertThat(view.jumlah.getText()).isEqualTo("Jumlah naskah tahun " + view.tahun.getValue() + ": " + baris.size());
        assertThat(view.ekspor.getChildren().filter(Anchor.class::isInstance)).hasSize(1);
        assertThat(view.getElement().getTextRecursively()).contains("Agenda Naskah Dinas",
                "Unduh untuk SRIKANDI tahun " + view.tahun.getValue() + " (ZIP)");
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiReadsTheAgendaButGetsNoExport() {
        AgendaNaskahView view = navigate(AgendaNaskahView.class);

        assertThat(view.daftar.getLazyDataView().getItems()).extracting(AgendaNaskah::arsipKode).contains(arsip.kode());
        assertThat(view.ekspor.getChildren()).isEmpty();
    }

    @Test
    @WithUserDetails("wasuponda.camat")
    void anotherKecamatanSeesNothingOfKalaena() {
        AgendaNaskahView view = navigate(AgendaNaskahView.class);

        assertThat(view.kecamatan.getGenericDataView().getItems()).extracting(KecamatanData::nama).containsExactly("Wasuponda");
        assertThat(view.daftar.getLazyDataView().getItems()).noneMatch(a -> a.arsipKode().equals(arsip.kode()));
    }
}
