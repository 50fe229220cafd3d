package id.sipeka.base;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts a user reads that are produced outside a view (service validation, import reports). They come from the
 * same translation bundle as the screens ({@code vaadin-i18n/translations}), in Bahasa Indonesia.
 */
public final class Pesan {

    private static final String BUNDLE = "vaadin-i18n/translations";

    private Pesan() {
    }

    /** The text with its first letter capitalised ("admin" → "Admin"), for a label that starts a line. */
    public static String kalimat(String teks) {
        return teks == null || teks.isEmpty() ? "" : teks.substring(0, 1).toUpperCase(FormatIndonesia.LOCALE) + teks.substring(1);
    }

    public static String get(String kunci, Object... argumen) {
        String pola;
        try {
            pola = ResourceBundle.getBundle(BUNDLE, FormatIndonesia.LOCALE).getString(kunci);
        } catch (MissingResourceException e) {
            return "!" + kunci;
        }
        return argumen.length == 0 ? pola : new MessageFormat(pola, FormatIndonesia.LOCALE).format(argumen);
    }
}
