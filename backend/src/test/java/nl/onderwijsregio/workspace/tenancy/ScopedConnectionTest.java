package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The transaction's settings travel with its first statement ({@link ScopedConnection}, {@link FirstStatement}):
 * whatever that first statement is, it and everything after it see them, with the caller's own parameters, results
 * and update counts; and they end with the transaction.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class ScopedConnectionTest extends DatabaseTest {

    private static final List<String> SETTINGS = List.of("scoped-probe", "", "probe.user");
    private static final String READ =
            "select current_setting('app.region_id', true)," + " current_setting('app.username', true)";

    @Autowired
    DataSource dataSource;

    @Autowired
    Tenancy tenancy;

    @Autowired
    DSLContext db;

    Connection raw;
    ScopedConnection scoped;

    @BeforeEach
    void connection() throws SQLException {
        raw = dataSource.getConnection();
        try (Statement s = raw.createStatement()) {
            s.execute("create temporary table probe (v text)");
        }
        scoped = (ScopedConnection) ScopedConnection.of(raw);
        scoped.setAutoCommit(false);
        scoped.deferScope(SETTINGS);
    }

    @AfterEach
    void close() throws SQLException {
        scoped.rollback();
        try (Statement s = raw.createStatement()) {
            s.execute("drop table probe");
        }
        scoped.setAutoCommit(true);
        scoped.close();
    }

    @Test
    void a_first_query_sees_the_settings_and_only_its_own_result_with_its_own_parameters() throws SQLException {
        try (PreparedStatement ps = scoped.prepareStatement(
                "select ?::text, ?::int, current_setting('app.region_id', true), current_setting('app.username', true)")) {
            ps.setString(1, "own");
            ps.setInt(2, 7);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(4);
                assertThat(List.of(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                        .containsExactly("own", 7, "scoped-probe", "probe.user");
                assertThat(rs.next()).isFalse();
            }
            ps.clearParameters();
            ps.setString(1, "again");
            ps.setInt(2, 8);
            assertThat(ps.execute()).isTrue();
            try (ResultSet rs = ps.getResultSet()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("again");
                assertThat(rs.getString(3)).isEqualTo("scoped-probe");
            }
        }
    }

    @Test
    void a_first_write_reports_its_own_update_count() throws SQLException {
        try (PreparedStatement ps = scoped.prepareStatement("insert into probe values (?), (?)")) {
            ps.setString(1, "a");
            ps.setString(2, "b");
            assertThat(ps.executeUpdate()).isEqualTo(2);
        }
        try (PreparedStatement ps = scoped.prepareStatement("update probe set v = v || ?")) {
            ps.setString(1, "!");
            assertThat(ps.execute()).isFalse();
            assertThat(ps.getUpdateCount()).isEqualTo(2);
        }
        assertThat(read()).containsExactly("scoped-probe", "probe.user");
    }

    @Test
    void a_first_batch_gets_the_settings_on_their_own_and_keeps_its_parameters() throws SQLException {
        try (PreparedStatement ps = scoped.prepareStatement("insert into probe values (?)")) {
            ps.setString(1, "a");
            ps.addBatch();
            ps.setString(1, "b");
            ps.addBatch();
            assertThat(ps.executeBatch()).containsExactly(1, 1);
        }
        assertThat(read()).containsExactly("scoped-probe", "probe.user");
        try (Statement s = scoped.createStatement();
                ResultSet rs = s.executeQuery("select string_agg(v, ',' order by v) from probe")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("a,b");
        }
    }

    @Test
    void anything_else_first_sends_the_settings_before_it() throws SQLException {
        try (Statement s = scoped.createStatement();
                ResultSet rs = s.executeQuery(READ)) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("scoped-probe");
        }
    }

    @Test
    void the_settings_end_with_the_transaction() throws SQLException {
        assertThat(read()).containsExactly("scoped-probe", "probe.user");
        scoped.commit();
        assertThat(read())
                .as("the next transaction, without settings of its own")
                .containsExactly("", "");
    }

    @Test
    void a_transaction_of_the_seam_sees_its_region_in_its_first_statement() {
        assertThat(tenancy.inRegion("seam-probe", () -> db.fetchValue("select current_setting('app.region_id', true)")))
                .isEqualTo("seam-probe");
        assertThat(tenancy.withoutRegion(() -> db.fetchValue("select current_setting('app.region_id', true)")))
                .isEqualTo("");
    }

    private List<String> read() throws SQLException {
        try (PreparedStatement ps = scoped.prepareStatement(READ);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return List.of(rs.getString(1), rs.getString(2));
        }
    }
}
