package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
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
