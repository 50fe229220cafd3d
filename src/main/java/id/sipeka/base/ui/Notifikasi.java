package id.sipeka.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short feedback after an action, the same everywhere. */
public final class Notifikasi {

    private Notifikasi() {
    }

    /** Where the open error message of a UI is kept, so that a later success takes it away. */
    private static final String GAGAL_TERBUKA = Notifikasi.class.getName() + ".gagal";

    public static void sukses(String teks) {
        // a red message from an earlier try must not stay beside the green one that says it worked now
        UI ui = UI.getCurrent();
        if (ui != null && ComponentUtil.getData(ui, GAGAL_TERBUKA) instanceof Notification lama) {
            lama.close();
            ComponentUtil.setData(ui, GAGAL_TERBUKA, null);
        }
        Notification.show(teks, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * The Indonesian message for a refused action (rule, access, concurrent edit, record not found), or for anything
     * else "an error occurred" with the code under which the stack trace was logged.
     */
    public static void gagal(Throwable t) {
        gagal(pesan(t));
    }

    /** The Indonesian message for a refusal, or "an error occurred" with the code of the logged stack trace. */
    public static String pesan(Throwable t) {
        return PenanganKesalahan.pesanAtauCatat(t);
    }

    /**
     * Runs a user's action: on success says {@code berhasil} and runs {@code lalu} (typically showing the screen
     * again); a refusal shows its Indonesian message instead and nothing else happens.
     *
     * @return whether the action went through
     */
    public static boolean jalankan(Runnable aksi, String berhasil, Runnable lalu) {
        try {
            aksi.run();
            sukses(berhasil);
            lalu.run();
            return true;
        } catch (RuntimeException ex) {
            gagal(ex);
            return false;
        }
    }

    public static void gagal(String teks) {
        Notification n = Notification.show(teks, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.setData(ui, GAGAL_TERBUKA, n);
        }
    }
}
