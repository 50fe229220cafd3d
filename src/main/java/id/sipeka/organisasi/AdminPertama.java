package id.sipeka.organisasi;

import id.sipeka.security.Peran;
import id.sipeka.security.SistemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without any account, creates the first admin from SIPEKA_ADMIN_PASSWORD. Without that variable
 * nothing is created: a deployment never starts with a known password.
 */
@Component
class AdminPertama {

    private static final Logger log = LoggerFactory.getLogger(AdminPertama.class);

    private final AkunService akunService;
    private final String username;
    private final String sandi;

    AdminPertama(AkunService akunService, @Value("${sipeka.admin.username:admin}") String username,
            @Value("${sipeka.admin.password:}") String sandi) {
        this.akunService = akunService;
        this.username = username;
        this.sandi = sandi;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void buatBilaBelumAda() {
        if (akunService.adaAkun()) {
            return;
        }
        if (sandi.isBlank()) {
            log.warn("Belum ada akun. Setel SIPEKA_ADMIN_PASSWORD (min. {} karakter) untuk membuat admin pertama.",
                    AkunService.PANJANG_MINIMAL_SANDI);
            return;
        }
        SistemAuthentication.jalankan(() -> akunService.buat(username, sandi, Peran.ADMIN, null, null));
        log.info("Admin pertama '{}' dibuat dari SIPEKA_ADMIN_PASSWORD.", username);
    }
}
