package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * A service refused the user while a screen opened (a record they may read, an action their role or unit may not
 * take): "Akses ditolak" in Indonesian, never the exception. Records they may not read never get here; those are
 * "not found".
 */
@AnonymousAllowed
public class HalamanTidakDiizinkan extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        tampilkanTidakDiizinkan(this);
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    static void tampilkanTidakDiizinkan(Component halaman) {
        IsiHalamanKesalahan.tampilkan(halaman, halaman.getTranslation("kesalahan.tidakDiizinkan.judul"),
                halaman.getTranslation("kesalahan.tidakDiizinkan.teks"), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.tidakDiizinkan.judul") + " – SIPEKA";
    }
}
