package nl.onderwijsregio.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit matrix, generated from the catalogue: every table under row-level security (the tenant tables) except
 * {@link #NOT_AUDITED} carries the audit trigger, and an update, a delete and an insert of one of its rows each leave
 * exactly one audit row with the row's region, the actor, the table, the primary key and the values. A new tenant
 * table without {@code audit_attach} fails here, by name.
 *
 * <p>The writes run as the schema owner in one transaction that is rolled back, with {@code NO FORCE ROW LEVEL
 * SECURITY} for that transaction only (DDL is transactional), so the owner reaches every row of every region.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class AuditMatrixTest extends DatabaseTest {

    /** Tenant tables without the audit trigger, each with its reason (mirrors the exclusion list in V22). */
    static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("audit_event", "the audit log itself"),
            Map.entry("region_activity", "the region's activity log: itself a record of what happened, append-only"),
            Map.entry(
                    "register_event",
                    "the register's history of each entry: itself a record of what happened, append-only"),
            Map.entry("finding_read", "a person's marks of findings read: no region content"),
            Map.entry("notification_seen", "a person's mark of notifications seen: no region content"),
            Map.entry("user_preference", "a person's last region: no region content"),
            Map.entry("member_activity", "when a person was last active: a mark, no region content"),
            Map.entry("notification_subscriber", "a person's e-mail address and language for mails: no region content"),
            Map.entry("notification_setting", "a person's choice of mails per kind: no region content"),
            Map.entry("mail_outbox", "the mail queue: itself the record of which mail went to whom and when"),
            Map.entry(
                    "finding_shared_count",
                    "a count kept by a trigger on finding (V34): derived, the findings' changes themselves are audited"),
            Map.entry(
                    "finding_neighbour_count",
                    "a count kept by a trigger on finding (V37): derived, the findings' changes themselves are audited"),
            Map.entry(
                    "notification_event",
                    "what the mails are about: append-only references, the change itself is audited"));

    static final String REGION = TestRegions.id("matrix");

    @Autowired
    Flyway flyway;

    /**
     * A row in the tables the demo data may leave empty, written through the services as people would: a profile, a
     * catalogue suggestion, a changed finding (its revision) and a comment on an analysis ter bespreking.
     */
    @BeforeAll
    static void fixtures(
            @Autowired RegionAdministration administration,
            @Autowired RegionProfileService profiles,
            @Autowired CatalogueSuggestions suggestions,
            @Autowired FindingService findings,
            @Autowired AnalysisService analyses,
            @Autowired TeamService team) {
        TestRegions.create(administration, REGION);
        AsUser lead = AsUser.lead(REGION);
        lead.run(REGION, team::recordActivity);
        lead.run(REGION, () -> {
            profiles.save(new ProfileChange("Matrix", null, null));
            suggestions.suggest(null, "Een bron voor de auditmatrix");
            FindingDraft draft = new FindingDraft(
                    "Matrix",
                    "Eerste versie.",
                    Theme.AANTREKKEN,
                    SubTheme.WERVEN,
                    FindingKind.OVERLEG,
                    LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 28),
                    Set.of(Sector.VO),
                    List.of(),
                    List.of(),
                    false,
                    Visibility.OWN);
            Finding finding = findings.create(draft);
            FindingDraft was = FindingDraft.of(finding);
            findings.update(
                    finding.id(),
                    finding.revision(),
                    new FindingDraft(
                            was.title(),
                            "Tweede versie.",
                            was.theme(),
                            was.subTheme(),
                            was.kind(),
                            was.observedFrom(),
                            was.observedUntil(),
                            was.sectors(),
                            was.catalogueEntryIds(),
                            was.registerEntryIds(),
                            was.published(),
                            was.visibility()));
            Analysis analysis = analyses.start("Matrix " + REGION, false);
            Chapter chapter = analysis.chapters().getFirst();
            analyses.save(chapter.id(), chapter.revision(), chapter.title(), "Tekst voor de matrix.");
            analyses.changeStatus(analysis.id(), analysis.revision(), AnalysisStatus.TER_BESPREKING, false, false);
            analyses.comment(chapter.id(), "Een opmerking.");
        });
    }

    @Autowired
    DataSource appDataSource;

    @Test
    void every_tenant_table_has_the_audit_trigger() throws SQLException {
        try (Connection c = owner()) {
            assertThat(withoutTrigger(c))
                    .as("tenant tables without the audit trigger: call audit_attach('<table>') in the migration that"
                            + " creates them (or add an entry with a reason to NOT_AUDITED)")
                    .isEmpty();
            assertThat(tenantTables(c)).containsAll(NOT_AUDITED.keySet());
        }
    }

    @Test
    void a_new_tenant_table_without_the_trigger_is_reported_and_audit_attach_fixes_it() throws SQLException {
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create table audit_probe (id bigint primary key, region_id text not null)");
                s.execute("alter table audit_probe enable row level security");
                assertThat(withoutTrigger(c)).containsExactly("audit_probe");
                s.execute("select audit_attach('audit_probe')");
                assertThat(withoutTrigger(c)).isEmpty();
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void every_write_of_every_tenant_table_leaves_exactly_one_audit_row() throws SQLException {
        String actor = "matrix-" + TestRegions.id("actor");
        Map<String, List<String>> failures = new TreeMap<>();
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("alter table audit_event no force row level security");
                for (String table : tenantTables(c)) {
                    if (NOT_AUDITED.containsKey(table)) {
                        continue;
                    }
                    s.execute("alter table " + table + " no force row level security");
                    List<String> problems = writeOnce(c, table, actor);
                    if (!problems.isEmpty()) {
                        failures.put(table, problems);
                    }
                }
            } finally {
                c.rollback();
            }
        }
        assertThat(failures)
                .as("tables whose writes were not audited exactly once")
                .isEmpty();
    }

    /** Update (no change), delete and insert back one row of {@code table}; what went wrong, if anything. */
    private static List<String> writeOnce(Connection c, String table, String actor) throws SQLException {
        List<String> problems = new ArrayList<>();
        String row = query(c, "select to_jsonb(t)::text from " + table + " t limit 1");
        if (row == null) {
            problems.add("no row to write: the demo data or a fixture must fill it");
            return problems;
        }
        List<String> keys = primaryKey(c, table);
        String entity = query(
                c,
                "select string_agg(coalesce(?::jsonb ->> k, ''), '|' order by o) from unnest(?::text[])"
                        + " with ordinality as x(k, o)",
                row,
                c.createArrayOf("text", keys.toArray()));
        String region = query(c, "select ?::jsonb ->> 'region_id'", row);
        String active = region == null ? "matrix-active" : region;
        query(c, "select set_config('app.region_id', ?, true), set_config('app.username', ?, true)", active, actor);
        String match = " where to_jsonb(x) = ?::jsonb";

        String plain = query(
                c,
                "select quote_ident(attname) from pg_attribute where attrelid = ?::regclass and attnum > 0"
                        + " and not attisdropped and attgenerated = '' and attidentity = '' order by attnum desc",
                table);
        long before = lastAuditId(c);
        update(c, "update " + table + " x set " + plain + " = x." + plain + match, row);
        check(c, problems, table, entity, active, actor, "UPDATE", before, "'{}'::jsonb", "'{}'::jsonb");

        Savepoint savepoint = c.setSavepoint();
        before = lastAuditId(c);
        try {
            update(c, "delete from " + table + " x" + match, row);
        } catch (SQLException e) {
            if (!"23503".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(savepoint); // other rows refer to it (no cascade): update and the insert probe below suffice
            return problems;
        }
        check(c, problems, table, entity, active, actor, "DELETE", before, "audit_values(?::jsonb)", "null", row);

        String columns = query(
                c,
                "select string_agg(quote_ident(attname), ', ' order by attnum) from pg_attribute"
                        + " where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''",
                table);
        before = lastAuditId(c);
        update(
                c,
                "insert into " + table + " (" + columns + ") overriding system value select " + columns
                        + " from jsonb_populate_record(null::" + table + ", ?::jsonb)",
                row);
        check(c, problems, table, entity, active, actor, "INSERT", before, "null", "audit_values(?::jsonb)", row);
        return problems;
    }

    private static void check(
            Connection c,
            List<String> problems,
            String table,
            String entity,
            String region,
            String actor,
            String operation,
            long after,
            String oldValues,
            String newValues,
            String... row)
            throws SQLException {
        String sql = "select count(*) filter (where entity_table = ? and entity_id = ? and region_id = ? and actor = ?"
                + " and operation = ? and old_values is not distinct from " + oldValues
                + " and new_values is not distinct from " + newValues + "), count(*) filter (where entity_table = ?)"
                + " from audit_event where id > ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, table);
            ps.setString(i++, entity);
            ps.setString(i++, region);
            ps.setString(i++, actor);
            ps.setString(i++, operation);
            for (String r : row) {
                ps.setString(i++, r);
            }
            ps.setString(i++, table);
            ps.setLong(i, after);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1 || rs.getInt(2) != 1) {
                    problems.add(operation + ": " + rs.getInt(1) + " matching audit rows, " + rs.getInt(2)
                            + " for the table (expected 1 and 1)");
                }
            }
        }
    }

    private static long lastAuditId(Connection c) throws SQLException {
        return Long.parseLong(query(c, "select coalesce(max(id), 0)::text from audit_event"));
    }

    /** Tables under row-level security in the application's schema, from the catalogue. */
    static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
                         order by c.relname""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static List<String> withoutTrigger(Connection c) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String table : tenantTables(c)) {
            if (!NOT_AUDITED.containsKey(table)
                    && query(
                                    c,
                                    "select 1::text from pg_trigger where tgrelid = ?::regclass and tgname = 'audit_row'",
                                    table)
                            == null) {
                missing.add(table);
            }
        }
        return missing;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                 where i.indrelid = ?::regclass and i.indisprimary
                 order by array_position(i.indkey, a.attnum)""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    private static String query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void update(Connection c, String sql, String row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, row);
            ps.executeUpdate();
        }
    }

    private Connection owner() throws SQLException {
        return flyway.getConfiguration().getDataSource().getConnection();
    }
}
