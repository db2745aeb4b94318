package nl.onderwijsregio.workspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Logboek through the service: a lead's change shows with who, what and the changed fields only; the region next
 * door and a member see nothing of it; the platform administrator sees it with a region filter; the application role
 * cannot change or remove audit rows; retention removes old rows once, under an advisory lock.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class AuditServiceTest extends DatabaseTest {

    static final String REGION = TestRegions.id("logboek");
    static final String OTHER = TestRegions.id("logboek-buur");
    static final AsUser PLATFORM = AsUser.withRole(Role.PLATFORM_ADMIN);

    @Autowired
    AuditService audit;

    @Autowired
    RegionProfileService profiles;

    @Autowired
    AuditRetention retention;

    @Autowired
    DataSource appDataSource;

    @Autowired
    Flyway flyway;

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, OTHER);
    }

    @Test
    void a_change_shows_with_actor_and_the_changed_fields_only_in_the_own_region() {
        AsUser lead = AsUser.lead(REGION);
        lead.run(REGION, () -> profiles.save(new ProfileChange("Eerste tekst", null, null)));
        lead.run(REGION, () -> profiles.save(new ProfileChange("Tweede tekst", null, null)));

        AuditFilter profileRows = new AuditFilter(null, "region_profile", null, null, null);
        List<AuditEvent> rows = lead.call(REGION, () -> audit.regionPage(profileRows, 0, 10));
        assertThat(rows).extracting(AuditEvent::operation).containsExactly("UPDATE", "INSERT");
        AuditEvent update = rows.getFirst();
        assertThat(update.actor()).isEqualTo(lead.username());
        assertThat(update.regionId()).isEqualTo(REGION);
        assertThat(update.entityId()).isEqualTo(REGION);
        assertThat(update.oldValues())
                .contains("\"introduction\": \"Eerste tekst\"")
                .doesNotContain("website");
        assertThat(update.newValues()).contains("\"introduction\": \"Tweede tekst\"");
        assertThat(lead.call(REGION, () -> audit.regionCount(profileRows))).isEqualTo(2);
        assertThat(lead.call(REGION, () -> audit.regionChoices().actors())).contains(lead.username());
        String csv = new String(lead.call(REGION, () -> audit.regionCsv(profileRows)), StandardCharsets.UTF_8);
        assertThat(csv).contains("Tweede tekst").contains(lead.username());

        AuditFilter byOther = new AuditFilter("iemand-anders", null, null, null, null);
        assertThat(lead.call(REGION, () -> audit.regionCount(byOther))).isZero();
        AuditFilter future = new AuditFilter(null, null, LocalDate.now().plusDays(2), null, null);
        assertThat(lead.call(REGION, () -> audit.regionCount(future))).isZero();

        // the neighbouring region's lead sees none of it, even asking for this region
        AsUser otherLead = AsUser.lead(OTHER);
        assertThat(otherLead.call(OTHER, () -> audit.regionPage(AuditFilter.ALL.withRegion(REGION), 0, 50)))
                .isEmpty();
        assertThatThrownBy(() -> AsUser.member(REGION).call(REGION, () -> audit.regionPage(AuditFilter.ALL, 0, 5)))
                .isInstanceOf(AccessDeniedException.class);

        // the platform administrator sees every region's rows, or one region's
        AuditFilter ofRegion = profileRows.withRegion(REGION);
        assertThat(PLATFORM.call(null, () -> audit.platformCount(ofRegion))).isEqualTo(2);
        assertThat(PLATFORM.call(null, () -> audit.platformCount(AuditFilter.ALL)))
                .isGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> lead.call(REGION, () -> audit.platformCount(AuditFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_application_role_reads_but_never_writes_audit_rows() throws SQLException {
        try (Connection c = appDataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "insert into audit_event (actor, entity_table, entity_id, operation) values ('x', 't', '1', 'INSERT')",
                    "update audit_event set actor = 'x'",
                    "delete from audit_event",
                    "truncate audit_event")) {
                assertThatThrownBy(() -> s.execute(sql))
                        .as(sql)
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void retention_removes_old_rows_and_skips_while_another_instance_holds_the_lock() throws SQLException {
        String marker = "retention-" + TestRegions.id("probe");
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection();
                PreparedStatement ps = owner.prepareStatement(
                        "insert into audit_event (occurred_at, region_id, actor, entity_table, entity_id, operation)"
                                + " values (now() - interval '800 days', ?, 'oud', 'region_profile', ?, 'UPDATE')")) {
            ps.setString(1, REGION);
            ps.setString(2, marker);
            ps.executeUpdate();
        }
        AuditFilter old = new AuditFilter("oud", null, null, null, REGION);
        assertThat(PLATFORM.call(null, () -> audit.platformCount(old))).isPositive();

        try (Connection other = flyway.getConfiguration().getDataSource().getConnection();
                Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("select pg_advisory_xact_lock(hashtext('audit_prune'))");
            assertThat(retention.run()).isEqualTo(-1);
            other.rollback();
        }
        assertThat(PLATFORM.call(null, () -> audit.platformCount(old))).isPositive();
        assertThat(retention.run()).isPositive();
        assertThat(PLATFORM.call(null, () -> audit.platformCount(old))).isZero();
    }

    @Test
    void the_application_can_neither_switch_the_log_off_nor_prune_it() throws SQLException {
        AsUser.lead(REGION).run(REGION, () -> profiles.save(new ProfileChange("Voor de proef", null, null)));
        try (Connection c = appDataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('app.region_id', '" + REGION + "', true)");
            // the erasure's old switch: a session setting anyone could set
            s.execute("select set_config('app.erasing', '" + REGION + "', true)");
            s.execute("update region_profile set introduction = 'Zonder spoor?' where region_id = '" + REGION + "'");
            try (var rows = s.executeQuery("select count(*) from audit_event where entity_table = 'region_profile'"
                    + " and new_values ->> 'introduction' = 'Zonder spoor?'")) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("the write is logged all the same")
                        .isEqualTo(1);
            }
            c.rollback();
            assertThatThrownBy(() -> s.execute("select audit_prune(1)"))
                    .as("pruning outside the retention job's scope")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("bewaartaak");
            c.rollback();
            s.execute("select set_config('app.scope', 'audit-retention', true)");
            assertThatThrownBy(() -> s.execute("select audit_prune(1)"))
                    .as("and never shorter than 30 days")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("30 dagen");
            c.rollback();
        }
    }
}
