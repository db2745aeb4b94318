package nl.onderwijsregio.workspace.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Hands the active region to PostgreSQL at the start of every transaction, as a transaction-local setting from a
 * bound parameter, so it can never leak to the next user of a pooled connection.
 */
class RegionScopedTransactionManager extends JdbcTransactionManager {

    RegionScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.region_id', ?, true), set_config('app.scope', ?, true)")) {
            statement.setString(1, ActiveRegion.current().orElse(""));
            statement.setString(2, CrossRegionScope.current().orElse(""));
            statement.execute();
        }
    }
}
