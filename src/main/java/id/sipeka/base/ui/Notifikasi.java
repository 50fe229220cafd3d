package id.sipeka.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short feedback after an action, the same everywhere. */
public final class Notifikasi {

    private Notifikasi() {
    }

    public static void sukses(String teks) {
        Notification.show(teks, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The Indonesian message for a refused action (rule, access, concurrent edit), or a generic one. */
    public static void gagal(Throwable t) {
        String pesan = PenanganKesalahan.pesanUntuk(t);
        if (pesan == null) {
            org.slf4j.LoggerFactory.getLogger(Notifikasi.class).error("Kesalahan tak terduga", t);
            pesan = id.sipeka.base.Pesan.get("umum.kesalahan");
        }
        gagal(pesan);
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
        Notification.show(teks, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
