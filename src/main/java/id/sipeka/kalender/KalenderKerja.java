package id.sipeka.kalender;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working days deadlines, reminders and escalations count: {@link HariKerja} over the holiday table, read once
 * and kept in memory. A change on the admin screen takes effect on this node after its commit, and on other nodes
 * within {@link #UMUR} (they read the table again). National holidays are public knowledge, so anyone may ask.
 */
@Component
public class KalenderKerja {

    static final Duration UMUR = Duration.ofMinutes(5);
    /** When a reminder arrives on its working day. */
    public static final LocalTime JAM_PENGINGAT = LocalTime.of(8, 0);

    private final HariLiburRepository repository;
    private final Clock clock;
    private volatile Muatan muatan;

    KalenderKerja(HariLiburRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public boolean hariKerja(LocalDate tanggal) {
        return hari().hariKerja(tanggal);
    }

    /** The {@code n}-th working day after {@code dari}. */
    public LocalDate tambah(LocalDate dari, int n) {
        return hari().tambah(dari, n);
    }

    /** The {@code n}-th working day before {@code dari}. */
    public LocalDate mundur(LocalDate dari, int n) {
        return hari().mundur(dari, n);
    }

    /** {@code tanggal} when it is a working day, else the next one. */
    public LocalDate palingAwal(LocalDate tanggal) {
        return hari().palingAwal(tanggal);
    }

    /**
     * When a reminder for a deadline is sent: {@code hari} working days before the deadline, at
     * {@link #JAM_PENGINGAT} in the app's zone.
     */
    public ZonedDateTime waktuPengingat(LocalDate batas, int hari) {
        return mundur(batas, hari).atTime(JAM_PENGINGAT).atZone(clock.getZone());
    }

    /** When a deadline has passed and is escalated: the start of the first working day after it. */
    public ZonedDateTime waktuEskalasi(LocalDate batas) {
        return tambah(batas, 1).atStartOfDay(clock.getZone());
    }

    /** The calendar as it stands now (read again when older than {@link #UMUR}). */
    public HariKerja hari() {
        Muatan m = muatan;
        if (m == null || m.dibaca().plus(UMUR).isBefore(Instant.now())) {
            m = new Muatan(new HariKerja(repository.findAll().stream().map(h -> h.tanggal).toList()), Instant.now());
            muatan = m;
        }
        return m.hari();
    }

    /** The table changed: read it again once the change has committed (and not at all if it rolled back). */
    void berubah() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    muatan = null;
                }
            });
        } else {
            muatan = null;
        }
    }

    private record Muatan(HariKerja hari, Instant dibaca) {
    }
}
