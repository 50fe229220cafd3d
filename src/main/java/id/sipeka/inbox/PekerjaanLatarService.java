package id.sipeka.inbox;

import id.sipeka.security.Akses;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.flowable.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the admin: background work that is failing — process jobs the engine gave up on (dead letters) or that are
 * retrying after an error, and after-commit work (notifications, e-mail, XLSX copies, keys) not completed long after
 * its step.
 */
@Service
public class PekerjaanLatarService {

    /** After-commit work normally completes within seconds; older than this and still open, it is stuck or failing. */
    static final Duration TERLAMBAT = Duration.ofMinutes(15);

    private final ManagementService management;
    private final JdbcTemplate jdbc;
    private final Akses akses;
    private final Clock clock;

    PekerjaanLatarService(ManagementService management, JdbcTemplate jdbc, Akses akses, Clock clock) {
        this.management = management;
        this.jdbc = jdbc;
        this.akses = akses;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public KesehatanLatar periksa() {
        akses.wajibAdmin();
        long menyerah = management.createDeadLetterJobQuery().count();
        long mencobaLagi = management.createJobQuery().withException().count()
                + management.createTimerJobQuery().withException().count();
        Long tertunda = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND PUBLICATION_DATE < ?", Long.class, Timestamp.from(clock.instant().minus(TERLAMBAT)));
        return new KesehatanLatar(menyerah, mencobaLagi, tertunda == null ? 0 : tertunda);
    }

    /**
     * @param jobMenyerah process jobs given up after their retries (a timer that never fired, a failed service task)
     * @param jobMencobaLagi process jobs failing now and due to be retried
     * @param kerjaTertunda after-commit work still open {@link #TERLAMBAT} after its step
     */
    public record KesehatanLatar(long jobMenyerah, long jobMencobaLagi, long kerjaTertunda) {

        public boolean sehat() {
            return jobMenyerah == 0 && jobMencobaLagi == 0 && kerjaTertunda == 0;
        }
    }
}
