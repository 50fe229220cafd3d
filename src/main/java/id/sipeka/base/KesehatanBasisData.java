package id.sipeka.base;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, in place of Spring Boot's own (bean name {@code dbHealthIndicator}),
 * which waits for a pool connection as long as the pool lets any caller wait: with the database down the health
 * check took 20–30 s and the load balancer's own check timed out. This one answers DOWN after
 * {@code sipeka.kesehatan.batas-basis-data} (1 s) and runs at most one check at a time, so a hung database cannot
 * pile up waiting threads.
 */
@Component("dbHealthIndicator")
class KesehatanBasisData implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration batas;
    private final ExecutorService pemeriksa = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sipeka-kesehatan-db");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Health> berjalan;

    KesehatanBasisData(DataSource dataSource, @Value("${sipeka.kesehatan.batas-basis-data:1s}") Duration batas) {
        this.dataSource = dataSource;
        this.batas = batas;
    }

    @Override
    public Health health() {
        CompletableFuture<Health> cek = pemeriksaan();
        try {
            return cek.get(batas.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("pesan", "Basis data tidak menjawab dalam " + batas.toMillis() + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().build();
        } catch (Exception e) {
            return Health.down().withDetail("pesan", BasisDataTidakTersedia.pesan()).build();
        }
    }

    /** The check under way, or a new one: never two at a time. */
    private synchronized CompletableFuture<Health> pemeriksaan() {
        if (berjalan == null || berjalan.isDone()) {
            berjalan = CompletableFuture.supplyAsync(this::periksa, pemeriksa);
        }
        return berjalan;
    }

    private Health periksa() {
        try (Connection c = dataSource.getConnection()) {
            int detik = (int) Math.max(1, batas.toSeconds());
            return c.isValid(detik)
                    ? Health.up().withDetail("basisData", c.getMetaData().getDatabaseProductName()).build()
                    : Health.down().withDetail("pesan", BasisDataTidakTersedia.pesan()).build();
        } catch (Exception e) {
            return Health.down().withDetail("pesan", BasisDataTidakTersedia.pesan()).build();
        }
    }
}
