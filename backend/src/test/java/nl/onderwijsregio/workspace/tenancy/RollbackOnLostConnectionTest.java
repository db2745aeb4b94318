package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import nl.onderwijsregio.workspace.database.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A rollback refused by a connection that is already gone is told as an outage, not as an internal error. */
class RollbackOnLostConnectionTest {

    private final RegionScopedTransactionManager manager =
            new RegionScopedTransactionManager(new SimpleDriverDataSource(), PersonOfWork.NOBODY);

    @Test
    void a_rollback_on_a_closed_connection_is_an_outage() {
        RuntimeException failure =
                manager.translateException("JDBC rollback", new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.causedBy(failure)).isTrue();
    }

    @Test
    void other_failures_keep_their_translation() {
        RuntimeException failure = manager.translateException("JDBC commit", new SQLException("something else"));
        assertThat(DatabaseOutage.causedBy(failure)).isFalse();
    }
}
