package id.sipeka.organisasi;

import id.sipeka.audit.AuditService;
import id.sipeka.security.PenggunaSipeka;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords (guessing), and clears the count on success.
 * A locked account is refused before its password is even checked.
 */
@Component
class PenguncianAkun {

    private final AkunRepository akunRepo;
    private final AuditService audit;
    private final Clock clock;
    private final int batasGagal;
    private final Duration lamaKunci;

    PenguncianAkun(AkunRepository akunRepo, AuditService audit, Clock clock, @Value("${sipeka.login.batas-gagal:5}") int batasGagal,
            @Value("${sipeka.login.lama-kunci:15m}") Duration lamaKunci) {
        this.akunRepo = akunRepo;
        this.audit = audit;
        this.clock = clock;
        this.batasGagal = batasGagal;
        this.lamaKunci = lamaKunci;
    }

    @EventListener
    @Transactional
    public void gagal(AuthenticationFailureBadCredentialsEvent event) {
        akunRepo.findByUsername(String.valueOf(event.getAuthentication().getPrincipal())).ifPresent(akun -> {
            akun.gagalLogin++;
            if (akun.gagalLogin >= batasGagal) {
                akun.terkunciSampai = clock.instant().plus(lamaKunci);
                akun.gagalLogin = 0;
                audit.catat(null, "KUNCI", "Akun", akun.username, null, "terkunci sampai " + akun.terkunciSampai);
            }
        });
    }

    @EventListener
    @Transactional
    public void berhasil(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PenggunaSipeka pengguna) {
            akunRepo.findByUsername(pengguna.getUsername()).filter(a -> a.gagalLogin > 0).ifPresent(a -> a.gagalLogin = 0);
        }
    }
}
