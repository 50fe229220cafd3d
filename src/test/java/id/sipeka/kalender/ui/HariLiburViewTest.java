package id.sipeka.kalender.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.kalender.HariLiburService.HariLiburData;
import id.sipeka.kalender.KalenderKerja;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's holiday screen: the year's decreed days, an entry added through the form, no access for a kasi. */
@SpringBootTest
class HariLiburViewTest extends SpringBrowserlessTest {

    @Autowired
    KalenderKerja kalender;

    @Test
    @WithUserDetails("admin")
    void theAdminSeesTheYearsHolidaysAndAddsOneThroughTheForm() {
        HariLiburView view = navigate(HariLiburView.class);
        view.tahun.setValue(2026);
        var hari = view.grid.getGenericDataView().getItems().toList();
        assertThat(hari).hasSize(25).extracting(HariLiburData::nama).contains("Idulfitri 1447 Hijriah");

        view.tahun.setValue(2032);
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
        test(view.tambah).click();
        $(DatePicker.class).first().setValue(LocalDate.of(2032, 6, 1));
        test($(TextField.class).first()).setValue("Hari Lahir Pancasila");
        test($(Button.class).id("simpan")).click();
        assertThat(view.grid.getGenericDataView().getItems()).extracting(HariLiburData::nama)
                .containsExactly("Hari Lahir Pancasila");
        assertThat(kalender.hariKerja(LocalDate.of(2032, 6, 1))).isFalse();
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiCannotOpenIt() {
        navigate(BerandaView.class);
        assertThatThrownBy(() -> navigate(HariLiburView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
    }
}
