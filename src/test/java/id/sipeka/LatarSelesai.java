package id.sipeka;

import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests only: waits until the work that runs after a commit (every @ApplicationModuleListener: the XLSX copy of a
 * signed document, signing keys) has completed — until the event publication registry has no publication that is
 * still published, processing or resubmitted. A bounded poll, not a fixed sleep: it returns as soon as the work is
 * done and fails after {@link #BATAS} if it never is.
 */
public final class LatarSelesai {

    public static final Duration BATAS = Duration.ofSeconds(120);

    private LatarSelesai() {
    }

    public static void tunggu(JdbcTemplate jdbc) {
        Instant akhir = Instant.now().plus(BATAS);
        while (belumSelesai(jdbc) > 0) {
            if (Instant.now().isAfter(akhir)) {
                throw new AssertionError("Pekerjaan sesudah commit belum selesai setelah " + BATAS.toSeconds() + " detik: "
                        + jdbc.queryForList("SELECT EVENT_TYPE, STATUS FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Publications not completed and not failed. */
    public static int belumSelesai(JdbcTemplate jdbc) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND (STATUS IS NULL OR STATUS <> 'FAILED')", Integer.class);
        return n == null ? 0 : n;
    }
}
