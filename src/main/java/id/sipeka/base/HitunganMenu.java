package id.sipeka.base;

/**
 * A number the app shell shows beside a menu item, e.g. the open tasks beside "Tugas Saya". Implemented by the module
 * that owns the view, so that the shell imports no feature.
 */
public interface HitunganMenu {

    /** The route of the menu item, as in its {@code @Route}, e.g. "tugas". */
    String rute();

    /** The number for the signed-in user now; 0 shows nothing. */
    long jumlah();
}
