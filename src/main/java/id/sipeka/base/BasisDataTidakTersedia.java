package id.sipeka.base;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database cannot be reached" (no connection within the pool's wait, connection refused or lost)
 * anywhere in an exception's causes, so that it is answered as what it is — "Basis data sedang tidak tersedia, coba
 * lagi", 503 — and never as a wrong password or an unexpected error.
 */
public final class BasisDataTidakTersedia {

    private BasisDataTidakTersedia() {
    }

    public static boolean penyebab(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof CannotGetJdbcConnectionException || c instanceof CannotCreateTransactionException
                    || c instanceof DataAccessResourceFailureException || c instanceof ConnectException
                    || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
                    // SQLState class 08 is "connection exception"
                    || c instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")
                    // begin, commit or rollback refused by JDBC: the connection is gone. The fault suite met a step
                    // rolling back on a connection the outage had closed: Hikari's plain "Connection is closed"
                    // SQLException (no SQLState) under Hibernate's "Unable to rollback against JDBC Connection".
                    || c.getClass().getName().equals("org.hibernate.TransactionException") && c.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    public static String pesan() {
        return Pesan.get("umum.basisDataTidakTersedia");
    }
}
