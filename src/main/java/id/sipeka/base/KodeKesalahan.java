package id.sipeka.base;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An unexpected error gets a short code that the user sees and the admin finds in the log: one ERROR line with the
 * code in brackets, where it happened, who was signed in, and the stack trace. The user sees no trace, only the code.
 */
public final class KodeKesalahan {

    private static final Logger log = LoggerFactory.getLogger(KodeKesalahan.class);
    /** No 0/O, 1/I/L: the code is read aloud or typed from a screenshot. */
    private static final char[] HURUF = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int PANJANG = 8;
    private static final SecureRandom ACAK = new SecureRandom();

    private KodeKesalahan() {
    }

    public static String baru() {
        char[] kode = new char[PANJANG];
        for (int i = 0; i < kode.length; i++) {
            kode[i] = HURUF[ACAK.nextInt(HURUF.length)];
        }
        return new String(kode);
    }

    /**
     * Logs an unexpected error at ERROR with a new code and its stack trace.
     *
     * @param tempat where it happened, e.g. the screen's address or "GET /api/…"
     * @return the code to show the user
     */
    public static String catat(Throwable kesalahan, String tempat) {
        String kode = baru();
        log.error("Kesalahan tak terduga [{}] di {} (pengguna: {})", kode, tempat, pengguna(), kesalahan);
        return kode;
    }

    /** Logs a refused or unknown request (no stack trace: nothing broke) under a new code, for an API answer. */
    public static String catatPenolakan(int status, String tempat) {
        String kode = baru();
        log.info("Permintaan ditolak [{}] status {} di {} (pengguna: {})", kode, status, tempat, pengguna());
        return kode;
    }

    private static String pengguna() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? "-" : auth.getName();
    }
}
