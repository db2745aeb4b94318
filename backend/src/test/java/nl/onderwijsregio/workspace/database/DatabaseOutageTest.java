package nl.onderwijsregio.workspace.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void an_unreachable_database_is_an_outage_however_deep_the_cause() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException(
                        "no tx", new SQLTransientConnectionException("pool timed out"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new org.jooq.exception.DataAccessException(
                        "SQL [insert …]",
                        new SQLException("terminating connection due to administrator command", "57P01")))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("I/O error", "08006"))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(new ConnectException("Connection refused"))))
                .isTrue();
    }

    @Test
    void a_failed_rollback_after_a_lost_connection_is_an_outage_too() {
        // seen in the fault test: the statement lost its connection, then the rollback found the connection closed
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new org.springframework.dao.DataAccessResourceFailureException(
                "select …", new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransactionSystemException(
                        "JDBC rollback failed", new SQLException("Connection is closed"))))
                .as("without the failure that caused it")
                .isFalse();
    }

    @Test
    void other_database_failures_and_defects_are_not_an_outage() {
        assertThat(DatabaseOutage.causedBy(new DuplicateKeyException("duplicate")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException(
                        "check", new SQLException("violates check constraint", "23514"))))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void a_cause_cycle_does_not_loop() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseOutage.causedBy(a)).isFalse();
    }
}
