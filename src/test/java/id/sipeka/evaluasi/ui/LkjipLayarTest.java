package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import id.sipeka.Masuk;
import id.sipeka.base.StatusPersetujuan;
import id.sipeka.evaluasi.BagianLkjip;
import id.sipeka.evaluasi.KecamatanSeed003;
import id.sipeka.evaluasi.LkjipService;
import id.sipeka.evaluasi.PenyiapSeed003;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The LKjIP screen's journey on a seed-003 kecamatan with TW I of 2026 signed: the sekcam opens the year from the
 * inbox's route, finds the default narratives, writes BAB IV and submits; the kasi has nothing to change; the camat
 * returns it with a reason, the sekcam submits again, the camat signs and the PDF is the signed original.
 */
@SpringBootTest
class LkjipLayarTest extends SpringBrowserlessTest {

    @Autowired
    PenyiapSeed003 seed003;
    @Autowired
    LkjipService lkjip;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamWritesAndSubmitsTheCamatReturnsItThenSignsItOnTheScreen() {
        KecamatanSeed003 k = seed003.siapkan();
        seed003.triwulanDitandatangani(k, 1, 4_453_500L, 369_500L, 300_000L, LocalDate.of(2026, 4, 9));

        Masuk.sebagai(users, k.sekcam());
        LkjipView view = buka();
        assertThat(view.tahun.getValue()).isEqualTo(2026);
        assertThat(view.status.getText()).isEqualTo("Status: sedang diisi");
        assertThat(view.kinerja.getGenericDataView().getItems().count()).isEqualTo(3);
        assertThat(view.narasi.get(BagianLkjip.PENDAHULUAN).getValue()).startsWith("Laporan Kinerja Instansi Pemerintah (LKjIP)");
        assertThat(view.narasi.get(BagianLkjip.PENUTUP).getHelperText()).isEqualTo("Teks bawaan dari data; ubah bila perlu.");
        assertThat(view.tandaTangani.isVisible()).isFalse();
        test(view.narasi.get(BagianLkjip.PENUTUP)).setValue("Penutup dari sekretaris camat.");
        test(view.simpan).click();
        assertThat(notifikasiTerakhir()).isEqualTo("Narasi LKjIP tersimpan.");
        assertThat(view.narasi.get(BagianLkjip.PENUTUP).getHelperText()).isNullOrEmpty();
        test(view.ajukan).click();
        assertThat(notifikasiTerakhir()).isEqualTo("LKjIP diajukan kepada camat.");
        assertThat(view.narasi.get(BagianLkjip.PENUTUP).isReadOnly()).isTrue();
        assertThat(view.simpan.isVisible()).isFalse();

        Masuk.sebagai(users, k.camat());
        view = buka();
        assertThat(view.status.getText()).isEqualTo("Status: diajukan");
        assertThat(view.simpan.isVisible()).isFalse();
        test(view.alasanKembali).setValue("Tambahkan analisis capaian TW I.");
        test(view.kembalikan).click();
        assertThat(notifikasiTerakhir()).isEqualTo("LKjIP dikembalikan kepada sekretaris camat.");

        Masuk.sebagai(users, k.sekcam());
        view = buka();
        assertThat(view.alasan.getText()).isEqualTo("Dikembalikan oleh camat: Tambahkan analisis capaian TW I.");
        test(view.ajukan).click();

        Masuk.sebagai(users, k.camat());
        view = buka();
        test(view.tandaTangani).click();
        test((Button) find(Button.class).id("kirim-tanda-tangan")).click();
        assertThat(view.status.getText()).startsWith("Status: ditandatangani camat");
        assertThat(view.tandaTangani.isVisible()).isFalse();
        assertThat(lkjip.lkjip(k.kecamatanId(), 2026).status()).isEqualTo(StatusPersetujuan.DISETUJUI);
        assertThat(lkjip.lkjip(k.kecamatanId(), 2026).arsipKode()).isNotBlank();
    }

    private LkjipView buka() {
        UI.getCurrent().navigate("lkjip/2026");
        assertThat(getCurrentView()).isInstanceOf(LkjipView.class);
        return (LkjipView) getCurrentView();
    }

    private String notifikasiTerakhir() {
        return test(find(Notification.class).last()).getText();
    }
}
