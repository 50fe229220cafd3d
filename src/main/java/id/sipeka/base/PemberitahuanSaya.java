package id.sipeka.base;

import java.time.Instant;
import java.util.List;

/**
 * The signed-in user's open notifications as the bell in the header shows them. Implemented by the notifications
 * module, so that the app shell imports no feature.
 */
public interface PemberitahuanSaya {

    /** The number on the bell: open notifications this user has not opened yet. */
    long belumDibaca();

    /** Open notifications, newest first. */
    List<Butir> terbaru();

    void dibaca(long id);

    void semuaDibaca();

    /** @param tautan the route of the screen to act on, or null */
    record Butir(long id, String judul, String pesan, String tautan, Instant waktu, boolean dibaca) {
    }
}
