package id.sipeka.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sipeka.base.PersiapanAwal;

/** The sign-in page. Spring Security checks the form; this view only shows it and the failure message. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final LoginI18n i18n = LoginI18n.createDefault();

    /** Shown while the first data is being prepared; the form is off until it is done. */
    final Paragraph persiapan = new Paragraph();
    private final PersiapanAwal persiapanAwal;

    public LoginView(PersiapanAwal persiapanAwal) {
        this.persiapanAwal = persiapanAwal;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        i18n.getForm().setTitle(getTranslation("login.judul"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.masuk"));
        i18n.getForm().setForgotPassword(getTranslation("login.lupa"));
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        H1 judul = new H1("SIPEKA");
        Paragraph subjudul = new Paragraph(getTranslation("app.nama"));
        persiapan.setId("persiapan-awal");
        persiapan.setText(getTranslation("login.persiapan"));
        add(judul, subjudul, persiapan, login);
        periksaPersiapan();
        addAttachListener(e -> {
            if (persiapanAwal.berjalan()) {
                e.getUI().setPollInterval(2000);
                e.getUI().addPollListener(p -> periksaPersiapan());
            }
        });
    }

    /** Off while the first data is prepared, on (and the polling stopped) once it is done. */
    void periksaPersiapan() {
        boolean berjalan = persiapanAwal.berjalan();
        persiapan.setVisible(berjalan);
        login.setEnabled(!berjalan);
        if (!berjalan) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameter = event.getLocation().getQueryParameters().getParameters();
        // ?basisdata: the sign-in failed because the database could not be reached (security.MasukGagal), which is
        // not the user's mistake and must not read like one
        boolean basisData = parameter.containsKey("basisdata");
        i18n.getErrorMessage().setTitle(getTranslation(basisData ? "login.basisData.judul" : "login.gagal.judul"));
        i18n.getErrorMessage().setMessage(getTranslation(basisData ? "login.basisData.pesan" : "login.gagal.pesan"));
        login.setI18n(i18n);
        login.setError(basisData || parameter.containsKey("error"));
        periksaPersiapan();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.judul") + " – SIPEKA";
    }
}
