package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are told to the user as "Basis data sedang tidak tersedia". */
class BasisDataTidakTersediaTest {

    @Test
    void aRollbackOnAConnectionTheOutageClosedIsTheDatabaseBeingUnavailable() {
        // what the fault suite met during an outage: Hikari's closed connection, a plain SQLException without a state,
        // under Hibernate's TransactionException under Spring's JpaSystemException
        var rollback = new JpaSystemException(new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(BasisDataTidakTersedia.penyebab(rollback)).isTrue();
        assertThat(BasisDataTidakTersedia.penyebab(new SQLException("Connection is closed", "08003"))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(BasisDataTidakTersedia.penyebab(new JpaSystemException(new RuntimeException(
                new SQLException("Duplicate entry", "23000"))))).isFalse();
        assertThat(BasisDataTidakTersedia.penyebab(new SQLException("no state"))).isFalse();
        assertThat(BasisDataTidakTersedia.penyebab(new org.hibernate.TransactionException("no JDBC cause"))).isFalse();
        assertThat(BasisDataTidakTersedia.penyebab(new IllegalStateException("x"))).isFalse();
    }
}
