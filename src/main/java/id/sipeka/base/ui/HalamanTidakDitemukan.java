package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An address that matches no screen (also a word where an id belongs): Indonesian, in development mode too, where
 * Vaadin's default page would list every route.
 */
@AnonymousAllowed
public class HalamanTidakDitemukan extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        tampilkanTidakDitemukan(this);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** The one page for "no such address", "no such record" and "not yours to read": the same words for all three. */
    static void tampilkanTidakDitemukan(Component halaman) {
        IsiHalamanKesalahan.tampilkan(halaman, halaman.getTranslation("kesalahan.tidakDitemukan.judul"),
                halaman.getTranslation("kesalahan.tidakDitemukan.teks"), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.tidakDitemukan.judul") + " – SIPEKA";
    }
}
