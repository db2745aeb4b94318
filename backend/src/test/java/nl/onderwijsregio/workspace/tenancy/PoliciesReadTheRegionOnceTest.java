package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every policy reads the active region and scope through a sub-select, {@code (select current_region_id())}, which
 * PostgreSQL evaluates once per statement; a bare {@code current_region_id()} is evaluated again for every row the
 * policy checks (V36). Read from the migrated schema ({@code pg_policies}), so a new policy cannot forget it.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class PoliciesReadTheRegionOnceTest extends DatabaseTest {

    /** A call of one of the settings functions that is not the whole of a sub-select, as PostgreSQL deparses it. */
    static final Pattern BARE_CALL =
            Pattern.compile("(?<!SELECT )\\b(current_region_id|current_scope|current_username)\\(\\)");

    @Autowired
    Flyway flyway;

    @Test
    void no_policy_calls_a_settings_function_per_row() throws SQLException {
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            assertThat(policiesWithBareCalls(owner))
                    .as("policies that read the region or scope per row: write (select current_region_id())")
                    .isEmpty();
        }
    }

    @Test
    void a_policy_with_a_bare_call_is_reported() throws SQLException {
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("create table policy_probe (id bigint primary key, region_id text not null)");
                s.execute("create policy policy_probe_once on policy_probe"
                        + " using (region_id = (select current_region_id()))");
                assertThat(policiesWithBareCalls(owner)).isEmpty();
                s.execute("create policy policy_probe_per_row on policy_probe"
                        + " using (region_id = current_region_id() or (select current_scope()) = 'national')");
                assertThat(policiesWithBareCalls(owner)).containsExactly("policy_probe.policy_probe_per_row");
            } finally {
                owner.rollback();
            }
        }
    }

    static List<String> policiesWithBareCalls(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select tablename, policyname, coalesce(qual, '') as qual,"
                        + " coalesce(with_check, '') as with_check from pg_policies order by tablename, policyname")) {
            while (rs.next()) {
                if (BARE_CALL.matcher(rs.getString("qual")).find()
                        || BARE_CALL.matcher(rs.getString("with_check")).find()) {
                    found.add(rs.getString("tablename") + "." + rs.getString("policyname"));
                }
            }
        }
        return found;
    }
}
