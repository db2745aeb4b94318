package nl.onderwijsregio.workspace.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;

/**
 * Hands the active region, the cross-region scope and the person of the work to PostgreSQL at the start of every
 * transaction, as transaction-local settings from bound parameters, so they can never leak to the next user of a
 * pooled connection. They travel with the transaction's first statement ({@link ScopedConnection}), so they cost no
 * round trip of their own.
 */
class RegionScopedTransactionManager extends JdbcTransactionManager {

    private final PersonOfWork person;

    RegionScopedTransactionManager(DataSource dataSource, PersonOfWork person) {
        super(new ScopedDataSource(dataSource));
        this.person = person;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        List<String> settings = List.of(
                ActiveRegion.current().orElse(""),
                CrossRegionScope.current().orElse(""),
                person.username().orElse(""));
        if (connection instanceof ScopedConnection scoped) {
            scoped.deferScope(settings);
        } else {
            ScopedConnection.send(connection, settings);
        }
    }

    /**
     * A rollback fails when the connection is already gone: the database restarted or failed over while the request
     * was being answered (found by ProductionModeIT: a commit lost to the restart, then the pool's closed connection
     * refusing the rollback with a bare "Connection is closed", no SQLSTATE). Say so, so the request is answered
     * as an outage ("try again in a moment") rather than as an internal error.
     */
    @Override
    protected RuntimeException translateException(String task, SQLException ex) {
        RuntimeException translated = super.translateException(task, ex);
        if (translated instanceof TransactionSystemException && task.contains("rollback")) {
            return new DataAccessResourceFailureException(task + " failed: the connection to the database is lost", ex);
        }
        return translated;
    }
}
