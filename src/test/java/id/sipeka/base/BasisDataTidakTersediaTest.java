package id.sipeka.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are told to the user as "Basis data sedang tidak tersedia". */
class BasisDataTidakTersediaTest {

    @Test
    void aRollbackOnAConnectionTheOutageClosedIsTheDatabaseBeingUnavailable() {
        // what the fault suite met during an outage: Hikari's closed connection, a plain SQLException of state 08003
        var rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed", "08003")));
        assertThat(BasisDataTidakTersedia.penyebab(rollback)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(BasisDataTidakTersedia.penyebab(new JpaSystemException(new RuntimeException(
                new SQLException("Duplicate entry", "23000"))))).isFalse();
        assertThat(BasisDataTidakTersedia.penyebab(new SQLException("no state"))).isFalse();
        assertThat(BasisDataTidakTersedia.penyebab(new IllegalStateException("x"))).isFalse();
    }
}
