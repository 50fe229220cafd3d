package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.evaluasi.AnggaranKecamatanService;
import id.sipeka.evaluasi.JenisAnggaran;
import id.sipeka.evaluasi.ui.AnggaranView.Baris;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The budget screen: the sekcam types Indonesian numbers and saves; a kasi reads the same year without fields to change. */
@SpringBootTest
class AnggaranViewTest extends SpringBrowserlessTest {

    private static final int ANGGARAN = 1;
    private static final int REALISASI = 2;

    @Autowired
    AnggaranKecamatanService anggaran;
    @Autowired
    Clock clock;

    @Test
    @WithUserDetails("sekcam")
    void theSekcamTypesTheYearAndSeesTheComputedPercentagesAndTotal() {
        AnggaranView view = navigate(AnggaranView.class);
        assertThat(view.kecamatan.isVisible()).as("the sekcam sees one kecamatan only").isFalse();
        int tahun = LocalDate.now(clock).getYear() - 5; // the oldest year offered: no other test stores it
        test(view.tahun).selectItem(String.valueOf(tahun));
        assertThat(view.baris).extracting(b -> b.uraian.getText()).containsExactly("Pendapatan", "Belanja Pegawai",
                "Belanja Barang dan Jasa", "Belanja Modal", "Total Belanja");

        test(sel(view, JenisAnggaran.BELANJA_PEGAWAI, ANGGARAN)).setValue("1.234.567.890");
        test(sel(view, JenisAnggaran.BELANJA_PEGAWAI, REALISASI)).setValue("1.111.111.101");
        test(sel(view, JenisAnggaran.BELANJA_MODAL, ANGGARAN)).setValue("200.000");
        test(sel(view, JenisAnggaran.BELANJA_MODAL, REALISASI)).setValue("24.690");
        test(view.simpan).click();

        assertThat(notifikasiTerakhir()).isEqualTo("Anggaran tahun " + tahun + " tersimpan.");
        assertThat(baris(view, JenisAnggaran.BELANJA_PEGAWAI).persen.getText()).isEqualTo("90,00%");
        assertThat(baris(view, JenisAnggaran.BELANJA_MODAL).persen.getText()).isEqualTo("12,35%");
        assertThat(baris(view, JenisAnggaran.PENDAPATAN).persen.getText()).isEqualTo("–");
        Baris total = view.baris.getLast();
        assertThat(total.asal).isNull();
        assertThat(total.anggaranTampil.getElement().getText()).isEqualTo("Rp 1.234.767.890");
        assertThat(total.realisasiTampil.getElement().getText()).isEqualTo("Rp 1.111.135.791");
        // 1.111.135.791 / 1.234.767.890 = 89,9874… %
        assertThat(total.persen.getText()).isEqualTo("89,99%");
    }

    @Test
    @WithUserDetails("sekcam")
    void aNegativeNumberIsMarkedOnItsFieldAndNothingIsSaved() {
        AnggaranView view = navigate(AnggaranView.class);
        int tahun = LocalDate.now(clock).getYear() - 4;
        test(view.tahun).selectItem(String.valueOf(tahun));
        test(sel(view, JenisAnggaran.PENDAPATAN, ANGGARAN)).setValue("5.000");
        test(sel(view, JenisAnggaran.BELANJA_MODAL, ANGGARAN)).setValue("-3");
        test(view.simpan).click();

        assertThat(notifikasiTerakhir()).isEqualTo("Periksa isian yang ditandai merah. Anggaran belum disimpan.");
        assertThat(baris(view, JenisAnggaran.BELANJA_MODAL).anggaran.isInvalid()).isTrue();
        assertThat(baris(view, JenisAnggaran.PENDAPATAN).anggaran.getValue()).as("kept as typed").isEqualTo("5.000");
        long kecamatanId = view.kecamatan.getValue().id();
        assertThat(anggaran.baca(kecamatanId, tahun).baris()).allSatisfy(b -> assertThat(b.anggaran()).isNull());
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiReadsTheYearButCannotChangeIt() {
        AnggaranView view = navigate(AnggaranView.class);
        assertThat(view.simpan.isVisible()).isFalse();
        assertThat(view.hanyaBaca.isVisible()).isTrue();
        assertThat(view.baris.getFirst().anggaran.isReadOnly()).isTrue();
    }

    /** The rendered field of the grid (Grid renders component columns on demand). */
    private TextField sel(AnggaranView view, JenisAnggaran jenis, int kolom) {
        return (TextField) test(view.grid).getCellComponent(view.baris.indexOf(baris(view, jenis)), kolom);
    }

    private static Baris baris(AnggaranView view, JenisAnggaran jenis) {
        return view.baris.stream().filter(b -> b.asal != null && b.asal.jenis() == jenis).findFirst().orElseThrow();
    }

    private String notifikasiTerakhir() {
        return test(find(Notification.class).last()).getText();
    }
}
