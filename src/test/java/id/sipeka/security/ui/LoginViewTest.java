package id.sipeka.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import id.sipeka.base.PersiapanAwal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The login page speaks Indonesian and shows the failure after a wrong password. */
@SpringBootTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    PersiapanAwal persiapan;

    @Test
    void anAnonymousVisitorSeesTheIndonesianLoginForm() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.i18n.getForm().getSubmit()).isEqualTo("Masuk");
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Nama pengguna");
        assertThat(view.i18n.getErrorMessage().getMessage()).startsWith("Nama pengguna atau kata sandi salah");
        assertThat(find(LoginForm.class).single().isError()).isFalse();
        assertThat(view.persiapan.isVisible()).isFalse();
        assertThat(view.login.isEnabled()).isTrue();
    }

    @Test
    void whileTheDemoIsPreparedTheFormIsOffAndSaysSoThenComesOnByItself() {
        persiapan.mulai();
        try {
            LoginView view = navigate(LoginView.class);
            assertThat(view.persiapan.isVisible()).isTrue();
            assertThat(view.persiapan.getText()).startsWith("SIPEKA sedang menyiapkan data contoh");
            assertThat(view.login.isEnabled()).isFalse();
            persiapan.selesai();
            view.periksaPersiapan(); // what the page's poll runs
            assertThat(view.persiapan.isVisible()).isFalse();
            assertThat(view.login.isEnabled()).isTrue();
        } finally {
            persiapan.selesai();
        }
    }

    @Test
    void afterAFailedLoginTheMessageIsShown() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        assertThat(find(LoginForm.class).single().isError()).isTrue();
    }
}
