package id.sipeka.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import id.sipeka.base.DataTidakDitemukanException;

/** The record id in a screen's address ({@code renja/:renjaId/…}). */
public final class ParameterRute {

    private ParameterRute() {
    }

    /**
     * The id named {@code nama}; an address with a word or an out-of-range number there shows the not-found page, as
     * an id that does not exist does (Vaadin's own {@code getLong} would throw a NumberFormatException).
     */
    public static long id(BeforeEnterEvent event, String nama) {
        String nilai = event.getRouteParameters().get(nama).orElse("");
        if (nilai.isEmpty() || nilai.length() > 18 || !nilai.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new DataTidakDitemukanException();
        }
        return Long.parseLong(nilai);
    }
}
