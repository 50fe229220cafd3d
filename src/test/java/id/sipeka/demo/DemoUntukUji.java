package id.sipeka.demo;

import id.sipeka.organisasi.AkunService;
import id.sipeka.security.SistemAuthentication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tests only: fills the fresh MariaDB test database with the demo kecamatan once, through the same services
 * the app uses, so tests can sign in as the demo users ({@code @WithUserDetails("kasi.pem")}).
 */
@Component
class DemoUntukUji {

    private final DemoData demoData;
    private final AkunService akunService;

    DemoUntukUji(DemoData demoData, AkunService akunService) {
        this.demoData = demoData;
        this.akunService = akunService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    synchronized void muat() {
        if (!akunService.adaAkun()) {
            SistemAuthentication.jalankan(demoData::muat);
        }
    }
}
