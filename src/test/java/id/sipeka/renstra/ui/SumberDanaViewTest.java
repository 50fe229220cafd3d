package id.sipeka.renstra.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.base.ui.HalamanRuteDitolak;
import id.sipeka.renstra.SumberDanaService;
import id.sipeka.renstra.SumberDanaService.SumberDanaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's sumber dana screen: the list, a source added and switched off through the form, no access for a kasi. */
@SpringBootTest
class SumberDanaViewTest extends SpringBrowserlessTest {

    @Autowired
    SumberDanaService sumberDana;

    @Test
    @WithUserDetails("admin")
    void theAdminAddsASourceAndSwitchesItOffThroughTheForm() {
        SumberDanaView view = navigate(SumberDanaView.class);
        assertThat(view.grid.getGenericDataView().getItems()).extracting(SumberDanaData::kode).contains("DAU", "BANKEU");
        String kode = "HIBAH" + System.nanoTime() % 100000;

        test(view.tambah).click();
        test($(TextField.class).all().get(0)).setValue(kode);
        test($(TextField.class).all().get(1)).setValue("Hibah pihak ketiga");
        test($(Button.class).id("simpan")).click();
        assertThat(sumberDana.pilihan()).contains(kode);

        SumberDanaData baru = view.grid.getGenericDataView().getItems().filter(s -> s.kode().equals(kode)).findFirst()
                .orElseThrow();
        assertThat(baru.aktif()).isTrue();
        int baris = view.grid.getGenericDataView().getItems().toList().indexOf(baru);
        test((Button) test(view.grid).getCellComponent(baris, 3)).click();
        test($(Checkbox.class).first()).click();
        test($(Button.class).id("simpan")).click();
        assertThat(sumberDana.pilihan()).doesNotContain(kode);
        assertThat(view.grid.getGenericDataView().getItems()).anyMatch(s -> s.kode().equals(kode) && !s.aktif());
    }

    @Test
    @WithUserDetails("kasi.pem")
    void aKasiCannotOpenIt() {
        navigate(BerandaView.class);
        assertThatThrownBy(() -> navigate(SumberDanaView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(HalamanRuteDitolak.class.getSimpleName());
    }
}
