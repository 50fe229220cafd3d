package id.sipeka.base;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one use case that moves a process in its own transaction, again if the database or the engine reports a
 * collision with another transaction: a deadlock victim (MariaDB picks one when two process instances end or start
 * at the same moment) or Flowable's optimistic lock (a timer firing while the task completes). Those are not user
 * conflicts — our own row versions are — so the whole use case is repeated after a short, growing pause.
 * <p>
 * It refuses to run inside a transaction that is already open: a retry there would repeat work inside a transaction
 * that the failure has already marked rollback-only, and the caller's earlier changes would be lost or half-kept.
 * Callers are therefore {@code @Transactional(propagation = NOT_SUPPORTED)} (or not transactional at all).
 */
@Component
public class UlangSaatTabrakan {

    private static final int MAKS_PERCOBAAN = 8;

    private final TransactionTemplate transaksi;

    UlangSaatTabrakan(PlatformTransactionManager tm) {
        this.transaksi = new TransactionTemplate(tm);
    }

    public <T> T jalankan(Supplier<T> kerja) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("UlangSaatTabrakan berjalan di dalam transaksi yang sudah terbuka: "
                    + "setiap percobaan harus menjadi transaksinya sendiri");
        }
        for (int percobaan = 1; ; percobaan++) {
            try {
                return transaksi.execute(status -> kerja.get());
            } catch (RuntimeException e) {
                if (percobaan >= MAKS_PERCOBAAN || !tabrakanSementara(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(20L * percobaan + ThreadLocalRandom.current().nextLong(30));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    public void jalankan(Runnable kerja) {
        jalankan(() -> {
            kerja.run();
            return null;
        });
    }

    /** A deadlock victim (SQLState 40001 / MariaDB 1213) or an engine optimistic-lock failure, anywhere in the causes. */
    public static boolean tabrakanSementara(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof FlowableOptimisticLockingException || c instanceof PessimisticLockingFailureException
                    || (c instanceof java.sql.SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213))) {
                return true;
            }
        }
        return false;
    }
}
