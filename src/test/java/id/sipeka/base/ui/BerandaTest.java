package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.sipeka.Masuk;
import id.sipeka.inbox.InboxService;
import id.sipeka.inbox.TugasSayaUji;
import id.sipeka.inbox.TugasSayaUji.Keadaan;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Beranda per role, on a kecamatan of its own with a Renja 2027 being filled and TW I 2026 under way: what waits for
 * the user, with the same count as Tugas Saya and one click to it; the kasi's section and report; the sekcam's
 * quarter at a glance; the kabupaten viewer's kecamatan; no work cards for the admin.
 */
@SpringBootTest
class BerandaTest extends SpringBrowserlessTest {

    @Autowired
    id.sipeka.dokumen.DokumenService dokumen;

    @Autowired
    InboxService inbox;
    @Autowired
    TugasSayaUji uji;
    @Autowired
    UserDetailsService users;
    @Autowired
    id.sipeka.inbox.PekerjaanLatarService latar;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theKasiSeesTheirSectionAndReportAndOpensTheReportInOneClick() {
        Keadaan s = uji.siapkan();
        Masuk.sebagai(users, s.k().kasi());
        navigate(BerandaView.class);
        var tugas = inbox.tugasSaya();
        assertThat(tugas).hasSize(2);
        assertThat($(Span.class).id("kartu-tugas-jumlah").getText()).isEqualTo("2");
        assertThat(teks("kartu-tugas")).contains(tugas.get(0).judul()).contains(tugas.get(1).judul()).contains("terlambat");
        assertThat(teks("kartu-renja")).contains("Renja 2027: Penyusunan bagian").contains("sedang diisi");
        assertThat(teks("kartu-evaluasi")).contains("Evaluasi TW I 2026").contains("sedang diisi").contains("terlambat");

        String laporan = "evaluasi/" + s.evaluasiId() + "/laporan";
        Button buka = $(Button.class).all().stream().filter(b -> laporan.equals(b.getElement().getAttribute("data-rute")))
                .findFirst().orElseThrow();
        test(buka).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("LaporanView");
    }

    @Test
    void theSekcamSeesWhatWaitsAndTheQuarterAtAGlance() {
        Keadaan s = uji.siapkan();
        uji.ajukanLaporan(s.k().kasi(), s.laporanPem());
        uji.ajukanBagian(s, s.k().kasi(), s.k().pem());
        Masuk.sebagai(users, s.k().sekcam());
        navigate(BerandaView.class);
        var tugas = inbox.tugasSaya();
        assertThat(tugas).hasSize(2);
        assertThat($(Span.class).id("kartu-tugas-jumlah").getText()).isEqualTo("2");
        assertThat(teks("kartu-evaluasi")).contains("0 dari 2 laporan ditandatangani")
                .contains("0 diverifikasi, 1 diajukan, 0 dikembalikan, 1 masih diisi; 2 terlambat");
        assertThat(teks("kartu-renja")).contains("1 menunggu telaah Anda");
    }

    @Test
    @WithUserDetails("viewer.lutim")
    void theKabupatenViewerSeesEveryKecamatansRenja() {
        navigate(BerandaView.class);
        assertThat(kartu("kartu-tugas")).isEmpty();
        assertThat(teks("kartu-renja")).contains("Renja kecamatan").contains("Kecamatan Kalaena")
                .contains("Kecamatan Wasuponda");
    }

    @Test
    @WithUserDetails("admin")
    void theAdminSeesLockedAccountsAndFailingBackgroundWorkNotDocumentWork() {
        navigate(BerandaView.class);
        assertThat(kartu("kartu-tugas")).isEmpty();
        assertThat(kartu("kartu-renja")).isEmpty();
        assertThat(kartu("kartu-evaluasi")).isEmpty();
        var k = latar.periksa();
        assertThat($(Span.class).id("kartu-latar-jumlah").getText())
                .isEqualTo(String.valueOf(k.jobMenyerah() + k.jobMencobaLagi() + k.kerjaTertunda()));
        assertThat(teks("kartu-akun")).contains("Akun terkunci");
        var kunci = dokumen.statusKunci();
        assertThat(kunci.penandatangan()).as("the demo's camat and sekcam sign").isGreaterThanOrEqualTo(2);
        assertThat($(Span.class).id("kartu-kunci-jumlah").getText()).isEqualTo(String.valueOf(kunci.belum().size()));
        assertThat(teks("kartu-kunci")).contains(kunci.belum().isEmpty() ? "semua " + kunci.penandatangan() + " pejabat" : "belum memiliki kunci");
    }

    @Test
    void aKasiSeesNoAdministrationCards() {
        Keadaan s = uji.siapkan();
        Masuk.sebagai(users, s.k().kasi());
        navigate(BerandaView.class);
        assertThat(kartu("kartu-latar")).isEmpty();
        assertThat(kartu("kartu-akun")).isEmpty();
    }

    private Optional<Div> kartu(String id) {
        return $(Div.class).all().stream().filter(d -> d.getId().filter(id::equals).isPresent()).findFirst();
    }

    private String teks(String id) {
        return kartu(id).orElseThrow(() -> new AssertionError("kartu " + id + " tidak ada")).getElement().getTextRecursively();
    }
}
