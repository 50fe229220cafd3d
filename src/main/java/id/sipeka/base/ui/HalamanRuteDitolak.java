package id.sipeka.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteAccessDeniedError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A screen the user's role may not open (navigation access control, from the view's {@code @RolesAllowed}): the same
 * "Akses ditolak" page. Vaadin's default would reroute to its not-found page, which lists every route in development
 * mode. Which screens exist is no secret (they are in the menu of each role); which records exist is, and that is
 * answered by the not-found page. Extends Vaadin's handler so it replaces it.
 */
@AnonymousAllowed
public class HalamanRuteDitolak extends RouteAccessDeniedError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        HalamanTidakDiizinkan.tampilkanTidakDiizinkan(this);
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.tidakDiizinkan.judul") + " – SIPEKA";
    }
}
