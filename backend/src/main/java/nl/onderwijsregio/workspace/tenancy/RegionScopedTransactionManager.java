package nl.onderwijsregio.workspace.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Hands the active region, the cross-region scope and the person of the work to PostgreSQL at the start of every
 * transaction, as transaction-local settings from bound parameters, so they can never leak to the next user of a
 * pooled connection.
 */
class RegionScopedTransactionManager extends JdbcTransactionManager {

    private final PersonOfWork person;

    RegionScopedTransactionManager(DataSource dataSource, PersonOfWork person) {
        super(dataSource);
        this.person = person;
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('app.region_id', ?, true), set_config('app.scope', ?, true),"
                        + " set_config('app.username', ?, true)")) {
            statement.setString(1, ActiveRegion.current().orElse(""));
            statement.setString(2, CrossRegionScope.current().orElse(""));
            statement.setString(3, person.username().orElse(""));
            statement.execute();
        }
    }
}
