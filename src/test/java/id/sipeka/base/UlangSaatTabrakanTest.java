package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retry helper on the real database: each attempt is a transaction of its own, a failed attempt leaves
 * nothing behind, an engine optimistic-lock failure is retried, a user error is not, and it will not run inside a
 * transaction that is already open.
 */
@SpringBootTest
class UlangSaatTabrakanTest {

    @Autowired
    UlangSaatTabrakan ulang;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager tm;

    @BeforeEach
    void tabel() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS uji_ulang (nilai VARCHAR(20))").update();
        jdbc.sql("DELETE FROM uji_ulang").update();
    }

    @AfterEach
    void hapus() {
        jdbc.sql("DROP TABLE IF EXISTS uji_ulang").update();
    }

    @Test
    void anAttemptThatHitsAFlowableOptimisticLockIsRolledBackAndRunAgainInANewTransaction() {
        AtomicInteger percobaan = new AtomicInteger();

        String hasil = ulang.jalankan(() -> {
            assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
            int ke = percobaan.incrementAndGet();
            jdbc.sql("INSERT INTO uji_ulang (nilai) VALUES (?)").param("percobaan " + ke).update();
            if (ke < 3) {
                throw new FlowableOptimisticLockingException("ACT_RU_EXECUTION diubah transaksi lain");
            }
            return "selesai";
        });

        assertThat(hasil).isEqualTo("selesai");
        assertThat(percobaan).hasValue(3);
        // the first two attempts were rolled back: only the third one's row is there
        assertThat(jdbc.sql("SELECT nilai FROM uji_ulang").query(String.class).list()).containsExactly("percobaan 3");
    }

    @Test
    void aBrokenRuleIsNotRetried() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> ulang.jalankan(() -> {
            percobaan.incrementAndGet();
            jdbc.sql("INSERT INTO uji_ulang (nilai) VALUES ('x')").update();
            throw new AturanDilanggarException("alasan wajib");
        })).isInstanceOf(AturanDilanggarException.class);
        assertThat(percobaan).hasValue(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM uji_ulang").query(Long.class).single()).isZero();
    }

    @Test
    void itRefusesToRunInsideATransactionThatIsAlreadyOpen() {
        AtomicInteger percobaan = new AtomicInteger();
        assertThatThrownBy(() -> new TransactionTemplate(tm).executeWithoutResult(s -> ulang.jalankan(percobaan::incrementAndGet)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaksi");
        assertThat(percobaan).hasValue(0);
    }
}
