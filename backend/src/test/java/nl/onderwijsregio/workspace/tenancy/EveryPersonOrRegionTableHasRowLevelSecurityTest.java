package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every table that holds region or person data has row-level security, read from the migrated schema itself
 * ({@code pg_catalog}), so a new table cannot forget it: a table with a region or person column (see
 * {@link #REGION_OR_PERSON_COLUMNS}) needs {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY} and at least one
 * policy, a view over such tables {@code security_invoker} (else it reads them with its owner's rights), unless it is
 * on the short {@link #ALLOWED} list below, each entry with its reason.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class EveryPersonOrRegionTableHasRowLevelSecurityTest extends DatabaseTest {

    /**
     * Column names (PostgreSQL regular expressions) that tie a row to a region or to a person. Deliberately broad: a
     * false alarm costs an allow-list entry with a reason, a miss costs a leak.
     */
    static final List<String> REGION_OR_PERSON_COLUMNS = List.of(
            "^(.+_)?region_id$", // region_id, last_region_id
            "^region_[a-z]$", // region_a, region_b: a pair of regions
            "^(.+_)?(username|user|user_id|person|person_id)$",
            "^(author|actor)(_name)?$", // author, author_name, actor
            "^.+_by(_name)?$", // created_by, updated_by, hidden_by, created_by_name …
            "^(.+_)?(email|contact_name)$"); // email, contact_email, contact_name

    /** Relations that match a column above and may go without row-level security: keep this list short. */
    static final Map<String, String> ALLOWED = Map.of(
            "region_neighbour",
            "the national neighbour list: public to every region by design (sharing with the"
                    + " neighbours is decided on it); changed only by the platform administrator",
            "region_neighbour_pair",
            "a view of region_neighbour in both directions, just as public",
            "region_area",
            "which municipalities make up each region's area: public like the neighbour list (the map of the"
                    + " regions); changed only by the platform administrator",
            "catalogue_entry",
            "the shared national catalogue; updated_by names the catalogue maintainer, shown to all",
            "data_partner",
            "the catalogue's data partners, shared like catalogue_entry",
            "analysis_template_chapter",
            "the national chapter template of the analysis; changed_by names the catalogue maintainer, no"
                    + " region's data",
            "catalogue_change",
            "the catalogue's public history: who changed which entry, readable by everyone",
            "platform_audit",
            "who changed the national lists (regions, neighbours): no region's data, actor is a"
                    + " platform administrator; read only through RegionAdministration (platform-admin role)",
            "flyway_schema_history",
            "Flyway's bookkeeping: installed_by is the database role that migrated; the"
                    + " application role has no rights on it");

    @Autowired
    DataSource appDataSource;

    @Autowired
    Flyway flyway;

    @Test
    void every_table_with_region_or_person_data_has_forced_row_level_security_and_a_policy() throws SQLException {
        try (Connection c = appDataSource.getConnection()) {
            assertThat(withoutRowLevelSecurity(c))
                    .as("tables with region or person columns that lack row-level security: add ENABLE and FORCE ROW"
                            + " LEVEL SECURITY and a policy in a migration (or, for public national lists only, an"
                            + " entry with a reason in ALLOWED)")
                    .isEmpty();
        }
    }

    @Test
    void the_allow_list_names_only_relations_that_exist_and_would_otherwise_be_reported() throws SQLException {
        try (Connection c = appDataSource.getConnection()) {
            assertThat(unprotected(c))
                    .as("an allow-list entry that no longer matches anything: remove it")
                    .containsKeys(ALLOWED.keySet().toArray(String[]::new));
        }
    }

    @Test
    void a_new_table_with_a_region_column_and_no_row_level_security_is_reported() throws SQLException {
        // As the owner, as a migration would, in a transaction that is rolled back: the table never exists for others.
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            owner.setAutoCommit(false);
            try (Statement s = owner.createStatement()) {
                s.execute("create table rls_check_probe (id bigint primary key, region_id text not null, note text)");
                assertThat(withoutRowLevelSecurity(owner))
                        .containsOnlyKeys("rls_check_probe")
                        .extractingByKey("rls_check_probe")
                        .asInstanceOf(list(String.class))
                        .containsExactly("no ENABLE ROW LEVEL SECURITY", "no FORCE ROW LEVEL SECURITY", "no policy");

                s.execute("alter table rls_check_probe enable row level security");
                assertThat(withoutRowLevelSecurity(owner))
                        .extractingByKey("rls_check_probe")
                        .asInstanceOf(list(String.class))
                        .containsExactly("no FORCE ROW LEVEL SECURITY", "no policy");

                s.execute("alter table rls_check_probe force row level security");
                s.execute("create policy rls_check_probe_own_region on rls_check_probe"
                        + " using (region_id = current_region_id())");
                assertThat(withoutRowLevelSecurity(owner))
                        .as("once it has all three")
                        .isEmpty();

                s.execute("create view rls_check_probe_view as select id, region_id from rls_check_probe");
                assertThat(withoutRowLevelSecurity(owner)).containsOnlyKeys("rls_check_probe_view");
                s.execute("alter view rls_check_probe_view set (security_invoker = true)");
                assertThat(withoutRowLevelSecurity(owner)).isEmpty();
            } finally {
                owner.rollback();
            }
        }
        try (Connection c = appDataSource.getConnection()) {
            assertThat(unprotected(c)).doesNotContainKey("rls_check_probe");
        }
    }

    /** {@link #unprotected} without the {@link #ALLOWED} relations: what a migration must still fix. */
    static Map<String, List<String>> withoutRowLevelSecurity(Connection c) throws SQLException {
        Map<String, List<String>> found = unprotected(c);
        found.keySet().removeAll(ALLOWED.keySet());
        return found;
    }

    /**
     * Every table, view and materialized view outside PostgreSQL's own schemas that has a column matching
     * {@link #REGION_OR_PERSON_COLUMNS} and is not protected, by name, with what it lacks. Sees what {@code c} sees,
     * including tables created earlier in its own open transaction.
     */
    static Map<String, List<String>> unprotected(Connection c) throws SQLException {
        String sql = """
                select cl.relname, cl.relkind, cl.relrowsecurity, cl.relforcerowsecurity,
                       exists (select 1 from pg_policy p where p.polrelid = cl.oid) as has_policy,
                       coalesce(cl.reloptions @> array['security_invoker=true']
                                or cl.reloptions @> array['security_invoker=on'], false) as security_invoker
                  from pg_class cl
                  join pg_namespace ns on ns.oid = cl.relnamespace
                 where cl.relkind in ('r', 'p', 'v', 'm')
                   and ns.nspname not in ('pg_catalog', 'information_schema') and ns.nspname not like 'pg\\_%'
                   and exists (select 1 from pg_attribute a
                                where a.attrelid = cl.oid and a.attnum > 0 and not a.attisdropped
                                  and a.attname::text ~ any (?::text[]))
                 order by cl.relname""";
        Map<String, List<String>> found = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", REGION_OR_PERSON_COLUMNS.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> lacks = new ArrayList<>();
                    switch (rs.getString("relkind")) {
                        case "v" -> {
                            if (!rs.getBoolean("security_invoker")) {
                                lacks.add("a view without security_invoker");
                            }
                        }
                        case "m" -> lacks.add("a materialized view (row-level security cannot apply)");
                        default -> {
                            if (!rs.getBoolean("relrowsecurity")) {
                                lacks.add("no ENABLE ROW LEVEL SECURITY");
                            }
                            if (!rs.getBoolean("relforcerowsecurity")) {
                                lacks.add("no FORCE ROW LEVEL SECURITY");
                            }
                            if (!rs.getBoolean("has_policy")) {
                                lacks.add("no policy");
                            }
                        }
                    }
                    if (!lacks.isEmpty()) {
                        found.put(rs.getString("relname"), lacks);
                    }
                }
            }
        }
        return found;
    }
}
