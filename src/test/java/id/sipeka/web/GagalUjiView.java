package id.sipeka.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Tests only: a screen that always breaks while opening, so a test can see what a user sees on a real bug. */
@Route("uji/gagal")
@PermitAll
public class GagalUjiView extends Div implements BeforeEnterObserver {

    static final String RUTE = "uji/gagal";
    static final String PESAN = "kesalahan yang dipaksa oleh pengujian";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(PESAN);
    }
}
