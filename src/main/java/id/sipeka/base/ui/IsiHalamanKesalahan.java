package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * What every error page shows, in Bahasa Indonesia: a heading, one explanation, the error code when there is one,
 * and the way back to Beranda. Deliberately outside the app shell, so a page that explains an error never depends on
 * the menu or the signed-in user being readable.
 */
final class IsiHalamanKesalahan {

    static final String ID = "halaman-kesalahan";

    private IsiHalamanKesalahan() {
    }

    static Component isi(Component halaman, String judul, String teks, String kode) {
        VerticalLayout isi = new VerticalLayout();
        isi.setId(ID);
        isi.setMaxWidth("40em");
        isi.getStyle().set("margin", "var(--lumo-space-xl) auto");
        isi.add(new H2(judul), new Paragraph(teks));
        if (kode != null) {
            Paragraph baris = new Paragraph(halaman.getTranslation("kesalahan.kode") + " ");
            Span nilai = new Span(kode);
            nilai.setId("kode-kesalahan");
            nilai.getStyle().set("font-family", "monospace").set("font-weight", "600");
            baris.add(nilai);
            isi.add(baris);
        }
        RouterLink beranda = new RouterLink(halaman.getTranslation("kesalahan.keBeranda"), BerandaView.class);
        beranda.setId("ke-beranda");
        isi.add(beranda);
        return isi;
    }

    static void tampilkan(Component halaman, String judul, String teks, String kode) {
        halaman.getElement().removeAllChildren();
        halaman.getElement().appendChild(isi(halaman, judul, teks, kode).getElement());
    }
}
