package id.sipeka.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.BasisDataTidakTersedia;
import id.sipeka.base.DataTidakDitemukanException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.KodeKesalahan;
import id.sipeka.base.Pesan;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every session speaks Bahasa Indonesia, and an exception that reaches a screen becomes a clear Indonesian
 * message instead of a stack trace: a broken rule says which, a concurrent edit says "someone saved first",
 * a refused action says so, a record that is missing or not the user's says "not found", and anything else says
 * "an error occurred" with the code of its log line. Services roll back, so nothing is half-saved. (Errors while a
 * screen opens show an error page instead: {@link HalamanTidakDitemukan} and its siblings.)
 */
@Component
class PenanganKesalahan implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sesi -> {
            sesi.getSession().setLocale(FormatIndonesia.LOCALE);
            sesi.getSession().setErrorHandler(new Penangan());
        });
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(FormatIndonesia.LOCALE));
    }

    static String pesanUntuk(Throwable t) {
        if (BasisDataTidakTersedia.penyebab(t)) {
            return BasisDataTidakTersedia.pesan();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AturanDilanggarException || c instanceof DataTidakDitemukanException) {
                return c.getMessage();
            }
            if (c instanceof OptimisticLockingFailureException) {
                return Pesan.get("umum.dataBerubah");
            }
            if (c instanceof AccessDeniedException a) {
                return a.getMessage() == null || a.getMessage().isBlank() ? Pesan.get("umum.aksesDitolak") : a.getMessage();
            }
        }
        return null;
    }

    /**
     * The Indonesian message for what went wrong; an unexpected error is logged at ERROR with its stack trace under a
     * short code, and the message names the code so the admin can find that log line.
     */
    static String pesanAtauCatat(Throwable t) {
        String pesan = pesanUntuk(t);
        return pesan != null ? pesan : Pesan.get("umum.kesalahanDenganKode", KodeKesalahan.catat(t, tempat()));
    }

    /** The screen the user was on, for the log line. */
    private static String tempat() {
        UI ui = UI.getCurrent();
        return ui == null ? "sesi Vaadin" : "/" + ui.getActiveViewLocation().getPathWithQueryParameters();
    }

    private static final class Penangan implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String teks = pesanAtauCatat(event.getThrowable());
            if (UI.getCurrent() != null) {
                UI.getCurrent().access(() -> {
                    Notification n = Notification.show(teks, 8000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }
    }
}
