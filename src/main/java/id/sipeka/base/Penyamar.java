package id.sipeka.base;

import java.util.regex.Pattern;

/**
 * Hides secrets in text that leaves the application (log lines, messages): a password or token given as a
 * parameter ({@code password=…}, {@code pwd=…}, {@code sandi=…}) and the password in a URL's user part
 * ({@code //user:password@host}). A database URL may legitimately carry its password; whoever reads the log may not.
 */
public final class Penyamar {

    public static final String TERSAMAR = "****";

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|sandi|kata[-_]?sandi|secret|rahasia|token|passphrase|keystore-password)"
                    + "(\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^&;,\\s)\\]}]+)");
    private static final Pattern PENGGUNA_URL = Pattern.compile("(://[^/:@\\s]+):([^@/\\s]+)@");

    private Penyamar() {
    }

    public static String samarkan(String teks) {
        if (teks == null || teks.isEmpty()) {
            return teks;
        }
        String hasil = PARAMETER.matcher(teks).replaceAll(m -> m.group(1) + m.group(2) + TERSAMAR);
        return PENGGUNA_URL.matcher(hasil).replaceAll("$1:" + TERSAMAR + "@");
    }
}
