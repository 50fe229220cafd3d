package id.sipeka.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.sipeka.base.DataTidakDitemukanException;

/**
 * A screen asked a service for a record by the id in its address and it does not exist or is not the user's to read:
 * exactly the page of an unknown address, so the answer never tells which ids exist in another kecamatan.
 */
@AnonymousAllowed
public class HalamanDataTidakDitemukan extends Div implements HasErrorParameter<DataTidakDitemukanException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataTidakDitemukanException> parameter) {
        HalamanTidakDitemukan.tampilkanTidakDitemukan(this);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kesalahan.tidakDitemukan.judul") + " – SIPEKA";
    }
}
