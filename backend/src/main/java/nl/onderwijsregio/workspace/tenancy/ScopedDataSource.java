package nl.onderwijsregio.workspace.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The transaction manager's view of the pool: every connection it opens can carry the scope to PostgreSQL in the
 * transaction's first statement ({@link ScopedConnection}). An infrastructure proxy, so transactions are bound to the
 * pool itself and jOOQ, which reads the pool, joins them.
 */
final class ScopedDataSource extends DelegatingDataSource implements InfrastructureProxy {

    ScopedDataSource(DataSource pool) {
        super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ScopedConnection.of(obtainTargetDataSource().getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return ScopedConnection.of(obtainTargetDataSource().getConnection(username, password));
    }

    @Override
    public Object getWrappedObject() {
        return obtainTargetDataSource();
    }
}
