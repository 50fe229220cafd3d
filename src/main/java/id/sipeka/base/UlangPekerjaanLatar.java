package id.sipeka.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work after a step (the listeners of {@link LangkahSelesai} events: XLSX copies, notifications, signing keys) that
 * failed — the database was away, the pool was exhausted — is tried again while SIPEKA runs, not only at the next
 * start. The event publication registry's staleness monitor ({@code spring.modulith.events.staleness.*}) marks a
 * publication stuck in PUBLISHED, PROCESSING or RESUBMITTED as FAILED; this resubmits the failed ones every
 * {@code sipeka.peristiwa.ulang-setiap}. The registry claims each publication before it is resubmitted, so with two
 * nodes only one runs it.
 */
@Component
class UlangPekerjaanLatar {

    private static final Logger LOG = LoggerFactory.getLogger(UlangPekerjaanLatar.class);

    private final FailedEventPublications gagal;

    UlangPekerjaanLatar(FailedEventPublications gagal) {
        this.gagal = gagal;
    }

    @Scheduled(fixedDelayString = "${sipeka.peristiwa.ulang-setiap:1m}", initialDelayString = "${sipeka.peristiwa.ulang-setiap:1m}")
    void ulangYangGagal() {
        try {
            gagal.resubmit(ResubmissionOptions.defaults().withBatchSize(100));
        } catch (DataAccessException e) {
            // the database is still away: the next round tries again
            LOG.warn("Pekerjaan latar yang gagal belum dapat diulang: {}", e.getMostSpecificCause().getMessage());
        }
    }
}
