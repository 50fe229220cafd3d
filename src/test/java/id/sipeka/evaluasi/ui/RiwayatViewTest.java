package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import id.sipeka.Masuk;
import id.sipeka.evaluasi.EvaluasiData.BarisRekap;
import id.sipeka.evaluasi.KecamatanKalaenaUji;
import id.sipeka.evaluasi.KecamatanKalaenaUji.Kecamatan;
import id.sipeka.organisasi.OrganisasiData.KecamatanData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admin's riwayat screen: a year before SIPEKA, one row's realisasi typed and saved, the year marked as history
 * and its roll-up shown (JUMLAH with the money typed); a word in a number field is marked and nothing is saved.
 */
@SpringBootTest
class RiwayatViewTest extends SpringBrowserlessTest {

    @Autowired
    KecamatanKalaenaUji kalaena;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        Masuk.keluar();
    }

    @Test
    void theAdminTypesAYearsRealisasiAndSeesItMarkedAsHistoryWithItsRollUp() {
        Masuk.sebagai(users, "admin");
        Kecamatan k = kalaena.buat(jdbc.queryForObject("SELECT MIN(id) FROM kabupaten", Long.class));
        RiwayatView view = navigate(RiwayatView.class);
        view.kecamatan.setValue(view.kecamatan.getListDataView().getItems()
                .filter(x -> x.id() == k.kecamatanId()).findFirst().map(KecamatanData.class::cast).orElseThrow());
        view.tahun.setValue(2025);
        assertThat(view.keterangan.getText()).isEqualTo("Riwayat tahun 2025 (Renstra 2025–2029) belum dicatat.");

        // the grid renders its cells lazily: the row's fields are typed into directly
        RiwayatView.Isian pertama = view.isian.getListDataView().getItems().findFirst().orElseThrow();
        pertama.realisasiRp.setValue("sejuta");
        test(view.simpan).click();
        assertThat(pertama.realisasiRp.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM realisasi_riwayat WHERE kecamatan_id = ?", Integer.class,
                k.kecamatanId())).isZero();

        pertama.realisasi.setValue("2");
        pertama.realisasiRp.setValue("1.250.000");
        test(view.simpan).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Riwayat realisasi tahun 2025 tersimpan.");
        assertThat(view.keterangan.getText()).startsWith("Data riwayat tahun 2025: dicatat di luar alur kerja oleh admin");
        BarisRekap jumlah = view.rekap.getListDataView().getItems().filter(b -> "JUMLAH".equals(b.nama())).findFirst().orElseThrow();
        assertThat(jumlah.realisasiRpKumulatif()).isEqualTo(1_250_000L);
    }
}
