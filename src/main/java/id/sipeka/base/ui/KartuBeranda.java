package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.sipeka.base.Pesan;
import java.util.Optional;

/**
 * A card on Beranda, the page every user lands on. Each feature module contributes its cards (what waits for the
 * signed-in user, the state of their documents); a card that has nothing to say to this user returns empty. So the
 * shell imports no feature, and a new process brings its own card.
 */
public interface KartuBeranda {

    /** Cards are shown in this order (small first). */
    int urutan();

    /** The card for the signed-in user now, built from the same services as the screens; empty when not relevant. */
    Optional<Component> untukSaya();

    /** A line of a card: a text, an optional smaller text under it, and optional buttons on the right. */
    static Div baris(String teks, String kecil, Component... aksi) {
        Div isi = new Div(new Div(teks));
        isi.addClassName("teks");
        if (kecil != null) {
            Div k = new Div(kecil);
            k.addClassName("kecil");
            isi.add(k);
        }
        Div baris = new Div(isi);
        baris.add(aksi);
        baris.addClassName("baris-kartu");
        return baris;
    }

    /** The card's "Lanjutkan" button to the screen where the user continues. */
    static Button lanjutkan(String id, String rute) {
        Button b = new Button(Pesan.get("beranda.lanjutkan"), e -> buka(rute));
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        b.getElement().setAttribute("data-rute", rute);
        b.setId(id);
        return b;
    }

    /** Navigates to a route that may carry a query ({@code evaluasi/5/tandatangan?semua}). */
    static void buka(String rute) {
        int tanya = rute.indexOf('?');
        if (tanya < 0) {
            UI.getCurrent().navigate(rute);
        } else {
            UI.getCurrent().navigate(rute.substring(0, tanya), QueryParameters.fromString(rute.substring(tanya + 1)));
        }
    }

    /** A card's frame: a title, an optional count beside it, and the content. */
    static Div kartu(String id, String judul, Long jumlah, Component... isi) {
        H3 kepala = new H3(judul);
        if (jumlah != null) {
            Span angka = new Span(String.valueOf(jumlah));
            angka.getElement().getThemeList().add(jumlah > 0 ? "badge primary pill" : "badge contrast pill");
            angka.setId(id + "-jumlah");
            kepala.add(new Span(" "), angka);
        }
        Div kartu = new Div(kepala);
        kartu.add(isi);
        kartu.setId(id);
        kartu.addClassName("kartu-beranda");
        return kartu;
    }
}
