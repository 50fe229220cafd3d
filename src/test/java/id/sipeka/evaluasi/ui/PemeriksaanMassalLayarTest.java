package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiQueryService;
import id.sipeka.evaluasi.StatusLaporan;
import id.sipeka.inbox.TugasSayaUji;
import id.sipeka.inbox.TugasSayaUji.Keadaan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On screen: the sekcam verifies two submitted reports with one confirmation, then the camat signs both with one
 * confirmation, the place prefilled with the kecamatan's seat; each dialog reports per report.
 */
@SpringBootTest
class PemeriksaanMassalLayarTest extends SpringBrowserlessTest {

    @Autowired
    TugasSayaUji uji;
    @Autowired
    EvaluasiQueryService evaluasi;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theSekcamVerifiesTwoReportsInOneActionAndTheCamatSignsBothInOne() {
        Keadaan s = uji.siapkan();
        uji.ajukanLaporan(s.k().kasi(), s.laporanPem());
        uji.ajukanLaporan(s.k().kepalaLain(), s.laporanLain());

        Masuk.sebagai(users, s.k().sekcam());
        UI.getCurrent().navigate("evaluasi/" + s.evaluasiId() + "/verifikasi");
        test($(Button.class).id("verifikasi-beberapa")).click();
        PemeriksaanMassalDialog verifikasi = $(PemeriksaanMassalDialog.class).single();
        assertThat(verifikasi.pilihan.getValue()).hasSize(2);
        test(verifikasi.kirim).click();
        assertThat(verifikasi.hasil.getElement().getTextRecursively()).startsWith("2 dari 2 laporan selesai.");
        assertThat(evaluasi.laporan(s.laporanPem()).status()).isEqualTo(StatusLaporan.DIVERIFIKASI);
        assertThat(evaluasi.laporan(s.laporanLain()).status()).isEqualTo(StatusLaporan.DIVERIFIKASI);
        verifikasi.close();

        Masuk.sebagai(users, s.k().camat());
        UI.getCurrent().navigate("evaluasi/" + s.evaluasiId() + "/tandatangan");
        test($(Button.class).id("tanda-tangani-beberapa")).click();
        PemeriksaanMassalDialog tandaTangan = $(PemeriksaanMassalDialog.class).single();
        assertThat(tandaTangan.tempat.getValue()).as("the kecamatan's seat, prefilled").isNotBlank();
        test(tandaTangan.kirim).click();
        assertThat(tandaTangan.hasil.getElement().getTextRecursively()).startsWith("2 dari 2 laporan selesai.");
        assertThat(evaluasi.laporan(s.laporanPem()).status()).isEqualTo(StatusLaporan.DITANDATANGANI);
        assertThat(evaluasi.laporan(s.laporanLain()).status()).isEqualTo(StatusLaporan.DITANDATANGANI);
    }
}
