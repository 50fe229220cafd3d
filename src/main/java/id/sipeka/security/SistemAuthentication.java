package id.sipeka.security;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, first admin) as the built-in "sistem" administrator, so that it goes through
 * the same guarded services and is audited under that name. The system holds no acting assignments, so it needs no
 * date of its own ({@link LocalDate#MIN} is never inside an acting period).
 */
public final class SistemAuthentication {

    /** Marks the system's own sign-in, so that no account that happens to be called "sistem" passes for it. */
    private static final Object PENANDA = new Object();

    private SistemAuthentication() {
    }

    /** Whether this is the system's sign-in made by {@link #jalankan}. */
    static boolean adalah(Authentication auth) {
        return auth != null && auth.getDetails() == PENANDA;
    }

    public static <T> T jalankan(Supplier<T> kerja) {
        PenggunaSipeka sistem = new PenggunaSipeka(0, "sistem", null, true, false, Peran.ADMIN, null, "Sistem", "Sistem",
                null, null, null, null, null, List.of(), LocalDate.MIN);
        SecurityContext sebelumnya = SecurityContextHolder.getContext();
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        var token = UsernamePasswordAuthenticationToken.authenticated(sistem, null, sistem.getAuthorities());
        token.setDetails(PENANDA);
        konteks.setAuthentication(token);
        SecurityContextHolder.setContext(konteks);
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.setContext(sebelumnya);
        }
    }

    public static void jalankan(Runnable kerja) {
        jalankan(() -> {
            kerja.run();
            return null;
        });
    }
}
