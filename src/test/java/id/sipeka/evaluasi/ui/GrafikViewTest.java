package id.sipeka.evaluasi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Image;
import id.sipeka.base.ui.BerandaView;
import id.sipeka.dokumen.GrafikBatang.Data;
import id.sipeka.dokumen.GrafikBatang.Seri;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The chart component on a screen: an image served by the server, with the values as its alt text. */
@SpringBootTest
class GrafikViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("kasi.pem")
    void aChartOnAScreenIsTheServerDrawnPngWithEveryValueInItsAltText() throws IOException {
        BerandaView layar = navigate(BerandaView.class);
        Data data = new Data("Capaian per Triwulan Tahun 2025", List.of("TW I", "TW II"),
                List.of(new Seri("Capaian kinerja", List.of(new BigDecimal("100"), new BigDecimal("85.5"))),
                        new Seri("Capaian keuangan", Arrays.asList(new BigDecimal("99.334"), null))));

        GrafikView grafik = new GrafikView(data);
        layar.add(grafik);

        Image gambar = find(Image.class).withClassName("grafik-capaian").single();
        assertThat(gambar.getSrc()).isNotBlank();
        assertThat(gambar.getAlt()).hasValue("Grafik batang Capaian per Triwulan Tahun 2025. "
                + "TW I: Capaian kinerja 100,00%, Capaian keuangan 99,33%. "
                + "TW II: Capaian kinerja 85,50%, Capaian keuangan tidak ada nilai. "
                + "Garis putus-putus menandai capaian 100%.");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(grafik.png()));
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(800);
    }

    @Test
    @WithUserDetails("kasi.pem")
    void showingOtherValuesReplacesTheChart() {
        BerandaView layar = navigate(BerandaView.class);
        GrafikView grafik = new GrafikView();
        layar.add(grafik);
        assertThat(grafik.png()).isEmpty();

        grafik.tampilkan(new Data("Capaian per Unit", List.of("Seksi Pemerintahan Umum"),
                List.of(new Seri("Capaian kinerja", List.of(new BigDecimal("70.01"))))));

        assertThat(grafik.png()).isNotEmpty();
        assertThat(grafik.teksAlternatif()).contains("Seksi Pemerintahan Umum: Capaian kinerja 70,01%");
        assertThat(grafik.data()).isPresent();
    }
}
