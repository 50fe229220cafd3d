package id.sipeka.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.PenggunaInfo;
import jakarta.annotation.security.PermitAll;

/** Landing page after sign-in: who you are and where you work. */
@Route("")
@PageTitle("Beranda – SIPEKA")
@Menu(order = 0, title = "menu.beranda", icon = "vaadin:home")
@PermitAll
public class BerandaView extends VerticalLayout {

    public BerandaView(PenggunaInfo penggunaInfo) {
        PenggunaInfo.Ringkasan saya = penggunaInfo.ringkasan();
        add(new H2(getTranslation("beranda.judul", saya.nama())));
        add(new Paragraph(saya.jabatan() + (saya.unit() == null ? "" : " – " + saya.unit())
                + (saya.kecamatan() == null ? "" : ", Kecamatan " + saya.kecamatan())));
        add(new Paragraph(getTranslation("app.nama")));
    }
}
