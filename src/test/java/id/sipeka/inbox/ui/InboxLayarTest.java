package id.sipeka.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.ui.LaporanView;
import id.sipeka.evaluasi.ui.RekapView;
import id.sipeka.evaluasi.ui.TandaTanganView;
import id.sipeka.evaluasi.ui.VerifikasiView;
import id.sipeka.inbox.InboxService.Tugas;
import id.sipeka.inbox.TugasSayaUji;
import id.sipeka.inbox.TugasSayaUji.Keadaan;
import id.sipeka.renja.ForumRenjaService;
import id.sipeka.renja.PenetapanRenjaService;
import id.sipeka.renja.RenjaData.Forum;
import id.sipeka.renja.RenjaQueryService;
import id.sipeka.renja.TelaahSekcamService;
import id.sipeka.renja.ui.BagianSayaView;
import id.sipeka.renja.ui.PenetapanView;
import id.sipeka.renja.ui.SekcamView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * "Tugas Saya" on screen, one kecamatan with a Renja 2027 and evaluation TW I 2026 under way: for each kind of task
 * the kasi, the sekcam and the camat click "Buka" and land on that task's screen for that very document; the filters
 * and the number beside the menu item follow the list.
 */
@SpringBootTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxLayarTest extends SpringBrowserlessTest {

    @Autowired
    TugasSayaUji uji;
    @Autowired
    RenjaQueryService renja;
    @Autowired
    ForumRenjaService forumRenja;
    @Autowired
    PenetapanRenjaService penetapan;
    @Autowired
    TelaahSekcamService telaah;
    @Autowired
    UserDetailsService users;

    static Keadaan s;

    @BeforeEach
    void siapkan() {
        if (s == null) {
            s = uji.siapkan();
        }
    }

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    @Order(1)
    void theKasiFiltersTheTasksAndOpensTheSectionAndTheReport() {
        Masuk.sebagai(users, s.k().kasi());
        InboxView inbox = navigate(InboxView.class);
        assertThat(find(Span.class).id("lencana-tugas").getText()).isEqualTo("2");
        assertThat(judul(inbox)).containsExactlyInAnyOrder("Renja 2027 — Seksi Pemerintahan Umum",
                "Laporan evaluasi TW I 2026 — Seksi Pemerintahan Umum");
        test(inbox.terlambat).click();
        assertThat(judul(inbox)).containsExactly("Laporan evaluasi TW I 2026 — Seksi Pemerintahan Umum");
        test(inbox.terlambat).click();
        test(inbox.mingguIni).click();
        assertThat(judul(inbox)).containsExactly("Renja 2027 — Seksi Pemerintahan Umum");
        test(inbox.mingguIni).click();
        test(inbox.proses).selectItem("Evaluasi triwulan");
        assertThat(judul(inbox)).containsExactly("Laporan evaluasi TW I 2026 — Seksi Pemerintahan Umum");
        test(inbox.proses).selectItem("Semua proses");
        assertThat(judul(inbox)).hasSize(2);

        assertThat(buka("Isi bagian")).isInstanceOf(BagianSayaView.class);
        assertThat(lokasi()).isEqualTo("renja/" + s.renjaId() + "/bagian");
        assertThat(buka("Isi laporan evaluasi TW I")).isInstanceOf(LaporanView.class);
        assertThat(lokasi()).isEqualTo("evaluasi/" + s.evaluasiId() + "/laporan");
    }

    @Test
    @Order(2)
    void theSekcamOpensTheSectionReviewAndTheReportVerification() {
        uji.ajukanBagian(s, s.k().kasi(), s.k().pem());
        uji.ajukanLaporan(s.k().kasi(), s.laporanPem());
        Masuk.sebagai(users, s.k().sekcam());
        assertThat(buka("Telaah sekcam")).isInstanceOf(SekcamView.class);
        assertThat(lokasi()).isEqualTo("renja/" + s.renjaId() + "/sekcam");
        assertThat(buka("Verifikasi sekcam")).isInstanceOf(VerifikasiView.class);
        assertThat(lokasi()).isEqualTo("evaluasi/" + s.evaluasiId() + "/verifikasi");
    }

    @Test
    @Order(3)
    void theCamatOpensTheReportSignatureTheRecapAndThePenetapan() {
        uji.verifikasi(s, s.laporanPem());
        Masuk.sebagai(users, s.k().camat());
        assertThat(buka("Tanda tangan camat")).isInstanceOf(TandaTanganView.class);
        assertThat(lokasi()).isEqualTo("evaluasi/" + s.evaluasiId() + "/tandatangan");

        uji.tandaTangani(s, s.laporanPem());
        uji.ajukanLaporan(s.k().kepalaLain(), s.laporanLain());
        uji.verifikasi(s, s.laporanLain());
        uji.tandaTangani(s, s.laporanLain());
        uji.ajukanBagian(s, s.k().kepalaLain(), s.k().lain());
        Masuk.sebagai(users, s.k().sekcam());
        telaah.setujuiBagian(s.renjaId(), s.k().pem());
        telaah.setujuiBagian(s.renjaId(), s.k().lain());
        forumRenja.simpanForum(s.renjaId(), new Forum(LocalDate.of(2026, 12, 1), "Aula Kantor Camat", "Kepala desa", List.of()));
        forumRenja.selesaikanForum(s.renjaId(), Set.of());
        penetapan.setujuiRancanganAkhir(s.renjaId());

        Masuk.sebagai(users, s.k().camat());
        InboxView inbox = navigate(InboxView.class);
        assertThat(find(Span.class).id("lencana-tugas").getText()).isEqualTo("2");
        assertThat(judul(inbox)).containsExactlyInAnyOrder("Rekap evaluasi TW I 2026", "Renja 2027");
        // a page at a time: with pages of one, the second task is one click away
        inbox.perHalaman = 1;
        inbox.saringDariAwal();
        assertThat(judul(inbox)).hasSize(1);
        assertThat(inbox.lebihBanyak.isVisible()).isTrue();
        assertThat(inbox.lebihBanyak.getText()).isEqualTo("Tampilkan 1 tugas berikutnya (masih 1)");
        test(inbox.lebihBanyak).click();
        assertThat(judul(inbox)).containsExactlyInAnyOrder("Rekap evaluasi TW I 2026", "Renja 2027");
        assertThat(inbox.lebihBanyak.isVisible()).isFalse();
        assertThat(buka("Rekap evaluasi TW I")).isInstanceOf(RekapView.class);
        assertThat(lokasi()).isEqualTo("evaluasi/" + s.evaluasiId() + "/rekap");
        assertThat(buka("Penetapan oleh camat")).isInstanceOf(PenetapanView.class);
        assertThat(lokasi()).isEqualTo("renja/" + s.renjaId() + "/penetapan");
    }

    private static List<String> judul(InboxView inbox) {
        return inbox.tugas.getGenericDataView().getItems().map(Tugas::judul).toList();
    }

    /** Opens "Tugas Saya" afresh and clicks "Buka" on the row of the task with this name. */
    private HasElement buka(String namaTugas) {
        InboxView inbox = navigate(InboxView.class);
        List<Tugas> baris = inbox.tugas.getGenericDataView().getItems().toList();
        int i = baris.stream().map(Tugas::nama).toList().indexOf(namaTugas);
        assertThat(i).as("tugas %s di %s", namaTugas, baris).isNotNegative();
        Button buka = (Button) test(inbox.tugas).getCellComponent(i, 3);
        assertThat(buka.isEnabled()).as(namaTugas).isTrue();
        test(buka).click();
        return getCurrentView();
    }

    private static String lokasi() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
