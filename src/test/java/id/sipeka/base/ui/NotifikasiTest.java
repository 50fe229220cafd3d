package id.sipeka.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Users found a red error message left beside the green success of their next try: a success closes it. */
@SpringBootTest
class NotifikasiTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("kasi.pem")
    void aSuccessClosesTheErrorMessageOfTheEarlierTry() {
        navigate(BerandaView.class);
        Notifikasi.gagal("Realisasi \"tiga\" bukan angka.");
        Notification merah = $(Notification.class).all().stream()
                .filter(n -> n.hasThemeName(NotificationVariant.LUMO_ERROR.getVariantName())).findFirst().orElseThrow();
        assertThat(merah.isOpened()).isTrue();

        Notifikasi.sukses("Tersimpan.");

        assertThat(merah.isOpened()).isFalse();
        assertThat($(Notification.class).all().stream().filter(Notification::isOpened)
                .allMatch(n -> n.hasThemeName(NotificationVariant.LUMO_SUCCESS.getVariantName()))).isTrue();
    }
}
