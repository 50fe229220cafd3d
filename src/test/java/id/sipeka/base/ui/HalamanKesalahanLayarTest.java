package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationTester;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import id.sipeka.Masuk;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.organisasi.OrganisasiService;
import id.sipeka.renja.Batas;
import id.sipeka.renja.PembukaanRenjaService;
import id.sipeka.renja.RenjaData.RenjaRingkas;
import id.sipeka.renja.RenjaQueryService;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The error pages and messages inside the screens: a record of another kecamatan opens exactly the page of a record
 * that does not exist, a word where an id belongs is "not found", and an unexpected error in an action says
 * "Terjadi kesalahan" with the code under which its stack trace is in the log. (What a real browser sees, in
 * development mode, is {@code web/HalamanKesalahanTest}.)
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class HalamanKesalahanLayarTest extends SpringBrowserlessTest {

    @Autowired
    RenjaQueryService renja;
    @Autowired
    PembukaanRenjaService pembukaan;
    @Autowired
    OrganisasiService organisasi;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("sekcam")
    void anotherKecamatansRenjaOpensExactlyThePageOfARenjaThatDoesNotExist() {
        long milikWasuponda = renjaWasuponda();

        navigate("renja/" + milikWasuponda + "/penetapan", HalamanDataTidakDitemukan.class);
        String bukanMiliknya = teks();
        navigate("renja/987654321/penetapan", HalamanDataTidakDitemukan.class);
        String tidakAda = teks();

        assertThat(bukanMiliknya).isEqualTo(tidakAda).startsWith("Halaman tidak ditemukan").doesNotContain("kecamatan lain");
        assertThat(find(Component.class).id("ke-beranda").getElement().getAttribute("href")).isEmpty();
    }

    @Test
    @WithUserDetails("sekcam")
    void aWordOrAnOverlongNumberWhereAnIdBelongsIsNotFound() {
        navigate("renja/abc/penetapan", HalamanDataTidakDitemukan.class);
        assertThat(teks()).startsWith("Halaman tidak ditemukan");
        navigate("evaluasi/99999999999999999999/rekap", HalamanDataTidakDitemukan.class);
        assertThat(teks()).startsWith("Halaman tidak ditemukan");
    }

    @Test
    @WithUserDetails("camat")
    void anUnexpectedErrorInAnActionShowsACodeThatTheLogHasWithTheStackTrace(CapturedOutput log) {
        navigate(BerandaView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("tombol yang rusak")));
        roundTrip();

        String pesan = pesanTerakhir();
        Matcher kode = Pattern.compile("kode kesalahan ([A-Z0-9]{8})").matcher(pesan);
        assertThat(kode.find()).as(pesan).isTrue();
        assertThat(pesan).startsWith("Terjadi kesalahan").doesNotContain("IllegalStateException", "tombol yang rusak");
        assertThat(log.getOut()).containsPattern("ERROR .*\\[" + kode.group(1) + "\\]")
                .contains("java.lang.IllegalStateException: tombol yang rusak").contains("at id.sipeka.base.ui.HalamanKesalahanLayarTest");
    }

    @Test
    @WithUserDetails("camat")
    void aRefusalInAnActionShowsItsIndonesianMessageWithoutACode(CapturedOutput log) {
        navigate(BerandaView.class);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AturanDilanggarException("Batas waktu sudah lewat.")));
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new DataTidakDitemukanException()));
        roundTrip();

        List<String> pesan = find(Notification.class).all().stream().map(n -> test(NotificationTester.class, n).getText()).toList();
        assertThat(pesan).contains("Batas waktu sudah lewat.", new DataTidakDitemukanException().getMessage());
        assertThat(log.getOut()).doesNotContain("Kesalahan tak terduga");
    }

    private String teks() {
        return find(Component.class).id(IsiHalamanKesalahan.ID).getElement().getTextRecursively();
    }

    private String pesanTerakhir() {
        List<Notification> semua = find(Notification.class).all();
        assertThat(semua).isNotEmpty();
        return test(NotificationTester.class, semua.getLast()).getText();
    }

    /** A Renja of the other demo kecamatan, Wasuponda (opened once if it has none). */
    private long renjaWasuponda() {
        var sebelum = SecurityContextHolder.getContext();
        Masuk.sebagai(users, "wasuponda.sekcam");
        try {
            long wasuponda = organisasi.kecamatanDenganKode("WASUPONDA").orElseThrow().id();
            return renja.daftar(wasuponda).stream().findFirst().map(RenjaRingkas::id).orElseGet(() -> {
                LocalDate h = LocalDate.now();
                return pembukaan.buka(wasuponda, 2027, new Batas(h.plusDays(10), h.plusDays(15), h.plusDays(25), h.plusDays(30))).id();
            });
        } finally {
            SecurityContextHolder.setContext(sebelum);
        }
    }
}
