package id.sipeka.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sipeka.base.KodeKesalahan;

/**
 * Anything else that breaks while a screen opens: the stack trace goes to the log under a short code, the user sees
 * the code and an Indonesian explanation (Vaadin's default page prints the trace in development mode).
 */
@AnonymousAllowed
public class HalamanKesalahanTakTerduga extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String kode = KodeKesalahan.catat(parameter.getCaughtException(), "/" + event.getLocation().getPathWithQueryParameters());
        IsiHalamanKesalahan.tampilkan(this, getTranslation("kesalahan.takTerduga.judul"),
                getTranslation("kesalahan.takTerduga.teks"), kode);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.takTerduga.judul") + " – SIPEKA";
    }
}
