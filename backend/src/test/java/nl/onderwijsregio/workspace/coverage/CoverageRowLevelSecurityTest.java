package nl.onderwijsregio.workspace.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.priorities.PriorityDraft;
import nl.onderwijsregio.workspace.priorities.PriorityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.tenancy.CrossRegionScope;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At the database, as the application role: the aggregate functions run only in the national scope, and that scope
 * opens no row of a region's register, findings or draft priorities to a plain query.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class CoverageRowLevelSecurityTest extends DatabaseTest {

    /** This test's own region, with a register entry, a private finding with a revision and a draft priority. */
    static final String REGION = TestRegions.id("dekking-rls");

    @BeforeAll
    static void fixture(
            @Autowired RegionAdministration administration,
            @Autowired RegisterService register,
            @Autowired FindingService findings,
            @Autowired PriorityService priorities) {
        TestRegions.create(administration, REGION);
        AsUser.lead(REGION).run(REGION, () -> {
            register.create(new RegisterDraft(
                    "e019",
                    null,
                    "Geheim register",
                    null,
                    null,
                    HolderKind.VFPF,
                    "Vfpf",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            Finding finding = findings.create(new FindingDraft(
                    "Eigen bevinding",
                    "Eerste tekst",
                    Theme.BEHOUDEN,
                    null,
                    FindingKind.OVERIG,
                    LocalDate.of(2026, 1, 1),
                    null,
                    Set.of(),
                    List.of(),
                    List.of(),
                    true,
                    Visibility.OWN));
            findings.update(
                    finding.id(),
                    finding.revision(),
                    new FindingDraft(
                            "Eigen bevinding",
                            "Tweede tekst",
                            Theme.BEHOUDEN,
                            null,
                            FindingKind.OVERIG,
                            LocalDate.of(2026, 1, 1),
                            null,
                            Set.of(),
                            List.of(),
                            List.of(),
                            true,
                            Visibility.OWN));
            priorities.create(new PriorityDraft(
                    "Concept",
                    Topic.of(SubTheme.WERVEN),
                    "",
                    List.of(Sector.PO),
                    null,
                    null,
                    null,
                    2026,
                    2027,
                    null,
                    false,
                    List.of()));
        });
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    @Test
    void the_functions_refuse_outside_the_national_scope() {
        for (String region : new String[] {null, REGION}) {
            assertThatThrownBy(() -> in(region, null, () -> jdbc.queryForList("select * from coverage_matrix()")))
                    .rootCause()
                    .hasMessageContaining("alleen voor de Realisatie-Eenheid");
            assertThatThrownBy(() -> in(
                            region,
                            "catalogue-review",
                            () -> jdbc.queryForList(
                                    "select * from coverage_register_lines(null, null, null, null, false)")))
                    .rootCause()
                    .hasMessageContaining("alleen voor de Realisatie-Eenheid");
        }
        assertThat(in(
                        null,
                        CrossRegionScope.NATIONAL,
                        () -> jdbc.queryForList("select * from coverage_matrix() where region_id = ?", REGION)))
                .isNotEmpty();
    }

    @Test
    void the_national_scope_reads_no_region_rows_directly() {
        in(REGION, null, () -> {
            assertThat(count("select count(*) from register_entry"))
                    .as("the region's own rows exist")
                    .isPositive();
            assertThat(count("select count(*) from register_event")).isPositive();
            assertThat(count("select count(*) from finding where visibility <> 'ALL' or not published"))
                    .isPositive();
            assertThat(count("select count(*) from finding_revision")).isPositive();
            assertThat(count("select count(*) from priority where not published"))
                    .isPositive();
            return null;
        });
        in(null, CrossRegionScope.NATIONAL, () -> {
            assertThat(count("select count(*) from register_entry")).isZero();
            assertThat(count("select count(*) from register_event")).isZero();
            assertThat(count("select count(*) from finding where visibility <> 'ALL' or not published"))
                    .isZero();
            assertThat(count("select count(*) from finding_revision")).isZero();
            assertThat(count("select count(*) from priority where not published"))
                    .isZero();
            return null;
        });
    }

    @Test
    void the_application_role_cannot_call_the_guard_or_define_functions() {
        assertThatThrownBy(
                        () -> in(null, CrossRegionScope.NATIONAL, () -> jdbc.queryForList("select coverage_guard()")))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> in(
                        null,
                        CrossRegionScope.NATIONAL,
                        () -> jdbc.update(
                                "create function leak() returns setof register_entry language sql security definer "
                                        + "as 'select * from register_entry'")))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    private Integer count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    private <T> T in(String region, String scope, Supplier<T> work) {
        if (CrossRegionScope.NATIONAL.equals(scope)) {
            return tenancy.national(work);
        }
        return region == null ? tenancy.withoutRegion(work) : tenancy.inRegion(region, work);
    }
}
