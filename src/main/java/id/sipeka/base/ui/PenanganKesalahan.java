package id.sipeka.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import id.sipeka.base.AturanDilanggarException;
import id.sipeka.base.FormatIndonesia;
import id.sipeka.base.Pesan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Every session speaks Bahasa Indonesia, and an exception that reaches a screen becomes a clear Indonesian
 * message instead of a stack trace: a broken rule says which, a concurrent edit says "someone saved first",
 * a refused action says so. Services roll back, so nothing is half-saved.
 */
@Component
class PenanganKesalahan implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PenanganKesalahan.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sesi -> {
            sesi.getSession().setLocale(FormatIndonesia.LOCALE);
            sesi.getSession().setErrorHandler(new Penangan());
        });
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(FormatIndonesia.LOCALE));
    }

    static String pesanUntuk(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AturanDilanggarException a) {
                return a.getMessage();
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

    private static final class Penangan implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            String pesan = pesanUntuk(event.getThrowable());
            if (pesan == null) {
                log.error("Kesalahan tak terduga", event.getThrowable());
                pesan = Pesan.get("umum.kesalahan");
            }
            String teks = pesan;
            if (UI.getCurrent() != null) {
                UI.getCurrent().access(() -> {
                    Notification n = Notification.show(teks, 8000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            }
        }
    }
}
