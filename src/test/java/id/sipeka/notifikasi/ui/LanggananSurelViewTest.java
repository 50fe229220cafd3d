package id.sipeka.notifikasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import id.sipeka.notifikasi.CaraSurel;
import id.sipeka.notifikasi.LanggananSurelService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A user chooses how e-mail reaches them; the screen says when this server does not send e-mail yet. */
@SpringBootTest
class LanggananSurelViewTest extends SpringBrowserlessTest {

    @Autowired
    LanggananSurelService service;

    @Test
    @WithUserDetails("kasi.trantib")
    void theKasiChoosesTheMorningSummaryAndAWrongAddressIsRefused() {
        LanggananSurelView view = navigate(LanggananSurelView.class);
        assertThat($(Paragraph.class).id("surel-mati").getText()).contains("belum diaktifkan");

        test(view.email).setValue("bukan alamat");
        test(view.cara).selectItem(view.getTranslation("caraSurel.SEGERA"));
        test(view.simpan).click();
        assertThat(service.milikSaya()).isEmpty();

        test(view.email).setValue("kasi.trantib@contoh.go.id");
        test(view.cara).selectItem(view.getTranslation("caraSurel.HARIAN"));
        test(view.simpan).click();
        assertThat(service.milikSaya()).hasValueSatisfying(l -> {
            assertThat(l.email()).isEqualTo("kasi.trantib@contoh.go.id");
            assertThat(l.cara()).isEqualTo(CaraSurel.HARIAN);
        });
    }
}
