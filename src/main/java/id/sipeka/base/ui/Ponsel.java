package id.sipeka.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * Phones (a window narrower than {@link #LEBAR} CSS pixels): a wide grid shows each row as one wrapping card
 * instead of narrow columns that cut names and states to "Sub Bagi…", and the page never scrolls sideways. The
 * switch follows the window while the component is on screen (a phone turned sideways gets the columns back).
 */
public final class Ponsel {

    /** Below this window width (CSS pixels) the phone layout applies; Lumo's own small-screen breakpoint. */
    public static final int LEBAR = 600;

    private Ponsel() {
    }

    /**
     * Calls {@code terapkan} with {@code true} on a phone, {@code false} otherwise: when {@code komponen} is attached
     * and whenever the window crosses {@link #LEBAR}. Without browser details (e.g. a test without a browser) it is
     * the wide layout.
     */
    public static void ikuti(Component komponen, SerializableConsumer<Boolean> terapkan) {
        terapkan.accept(false);
        komponen.addAttachListener(e -> {
            UI ui = e.getUI();
            ExtendedClientDetails d = ui.getPage().getExtendedClientDetails();
            if (d != null && d.getWindowInnerWidth() > 0) {
                terapkan.accept(d.getWindowInnerWidth() < LEBAR);
            }
            Registration r = ui.getPage().addBrowserWindowResizeListener(ev -> terapkan.accept(ev.getWidth() < LEBAR));
            komponen.addDetachListener(ev -> {
                r.remove();
                ev.unregisterListener();
            });
        });
    }

    /** A row's card: the main line in bold, then smaller lines under it (empty ones left out). */
    public static Div kartu(String utama, String... kecil) {
        Div u = new Div(utama);
        u.addClassName("utama");
        Div kartu = new Div(u);
        for (String k : kecil) {
            if (k != null && !k.isBlank()) {
                Div d = new Div(k);
                d.addClassName("kecil");
                kartu.add(d);
            }
        }
        return kartu;
    }

    /**
     * Adds the phone's card column to {@code grid} (header {@code judul}, each row drawn by {@code kartu}); on a
     * phone it is the only column shown, elsewhere it is hidden. Add it after the grid's other columns: the columns
     * visible at that moment are the ones it stands in for.
     */
    public static <T> Grid.Column<T> kartuDiPonsel(Grid<T> grid, String judul, SerializableFunction<T, Component> kartu) {
        List<Grid.Column<T>> lebar = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        Grid.Column<T> ringkas = grid.addColumn(new ComponentRenderer<>(item -> {
            Component c = kartu.apply(item);
            c.getElement().getClassList().add("kartu-baris");
            return c;
        })).setHeader(judul).setFlexGrow(1);
        ringkas.setVisible(false);
        ikuti(grid, ponsel -> {
            lebar.forEach(k -> k.setVisible(!ponsel));
            ringkas.setVisible(ponsel);
        });
        return ringkas;
    }
}
