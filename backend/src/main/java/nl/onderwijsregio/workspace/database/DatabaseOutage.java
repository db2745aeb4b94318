package nl.onderwijsregio.workspace.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure because the database cannot be reached (restarting, failing over, the pool waiting for a connection)
 * from every other failure: the API answers it with 503 and the screens with a notification, both saying that it is
 * worth trying again in a moment. Nothing else is treated as an outage, so real defects still show as defects.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {}

    /** Whether {@code failure} or one of its causes says the database was unreachable. */
    public static boolean causedBy(@Nullable Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            // the rollback after a lost connection fails too; the failure that started it is the one that tells
            if (t instanceof TransactionSystemException rollback && causedBy(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.jooq.exception.DataAccessException jooq && connectionState(jooq.sqlState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P (the server shut down, crashed or is starting: admin_shutdown,
     * crash_shutdown, cannot_connect_now).
     */
    private static boolean connectionState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
