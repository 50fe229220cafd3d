package id.sipeka.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sipeka.base.AturanDilanggarException;

/**
 * A business rule refused to show a screen now (e.g. no open task for it): its Indonesian message on a page, not the
 * unexpected-error page, since nothing broke.
 */
@AnonymousAllowed
public class HalamanDitolakAturan extends Div implements HasErrorParameter<AturanDilanggarException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AturanDilanggarException> parameter) {
        IsiHalamanKesalahan.tampilkan(this, getTranslation("kesalahan.aturan.judul"), parameter.getException().getMessage(), null);
        return HttpStatusCode.CONFLICT.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.aturan.judul") + " – SIPEKA";
    }
}
