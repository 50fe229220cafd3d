package id.sipeka.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.sipeka.base.PenggunaInfo;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The page a user lands on: who they are, and the cards of every module that has something for them — what waits
 * for them (with one click to it), their documents' state, returns with the reasons.
 */
@Route("")
@PageTitle("Beranda – SIPEKA")
@Menu(order = 0, title = "menu.beranda", icon = "vaadin:home")
@PermitAll
public class BerandaView extends VerticalLayout {

    final Div kartu = new Div();

    public BerandaView(PenggunaInfo penggunaInfo, List<KartuBeranda> penyedia) {
        PenggunaInfo.Ringkasan saya = penggunaInfo.ringkasan();
        add(new H2(getTranslation("beranda.judul", saya.nama())));
        add(new Paragraph(saya.jabatan() + (saya.unit() == null ? "" : " – " + saya.unit())
                + (saya.kecamatan() == null ? "" : ", Kecamatan " + saya.kecamatan())));
        kartu.setId("kartu-beranda");
        kartu.addClassName("daftar-kartu-beranda");
        kartu.setWidthFull();
        penyedia.stream().sorted(Comparator.comparingInt(KartuBeranda::urutan))
                .forEach(p -> p.untukSaya().ifPresent(kartu::add));
        add(kartu);
    }
}
