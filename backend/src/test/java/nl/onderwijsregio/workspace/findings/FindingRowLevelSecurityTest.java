package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database itself, queried as the application role with plain SQL (no service in between), shows a finding only
 * to the regions it is shared with, and lets only its own region change it or hide its comments.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class FindingRowLevelSecurityTest extends DatabaseTest {

    // this test's own regions: veenland borders noordkust, stedenband does not
    static final String NOORDKUST = TestRegions.id("noordkust");
    static final String VEENLAND = TestRegions.id("veenland");
    static final String STEDENBAND = TestRegions.id("stedenband");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, NOORDKUST, VEENLAND, STEDENBAND);
        TestRegions.neighbours(administration, NOORDKUST, VEENLAND);
    }

    @Autowired
    FindingService findings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    private long noordkust(Visibility visibility, boolean published) {
        return AsUser.lead(NOORDKUST)
                .call(
                        NOORDKUST,
                        () -> findings.create(FindingVisibilityTest.draft(
                                "RLS " + visibility,
                                FindingVisibilityTest.State.valueOf(published ? visibility.name() : "DRAFT"))))
                .id();
    }

    private int visibleTo(String region, long id) {
        return inRegion(
                region, () -> jdbc.queryForObject("select count(*) from finding where id = ?", Integer.class, id));
    }

    @Test
    void plain_sql_reads_only_what_is_shared_with_the_region() {
        long own = noordkust(Visibility.OWN, true);
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long all = noordkust(Visibility.ALL, true);
        long draft = noordkust(Visibility.NEIGHBOURS, false);
        assertThat(visibleTo(NOORDKUST, own) + visibleTo(NOORDKUST, draft)).isEqualTo(2);
        assertThat(visibleTo(VEENLAND, own)).isZero();
        assertThat(visibleTo(VEENLAND, draft)).isZero();
        assertThat(visibleTo(VEENLAND, neighbours)).isOne();
        assertThat(visibleTo(STEDENBAND, neighbours)).isZero();
        assertThat(visibleTo(STEDENBAND, all)).isOne();
        assertThat(visibleTo(null, all)).as("no region, no scope: nothing").isZero();
        Integer national = tenancy.national(() -> jdbc.queryForObject(
                "select count(*) from finding where id in (?, ?, ?, ?)", Integer.class, own, neighbours, all, draft));
        assertThat(national).as("national scope: shared with all only").isOne();
    }

    @Test
    void plain_sql_cannot_change_another_regions_finding_or_comment_on_what_it_cannot_read() {
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long own = noordkust(Visibility.OWN, true);
        inRegion(VEENLAND, () -> {
            assertThat(jdbc.update("update finding set title = 'gekaapt' where id = ?", neighbours))
                    .isZero();
            assertThat(jdbc.update("update finding set visibility = 'ALL' where id = ?", neighbours))
                    .isZero();
            return null;
        });
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into finding_comment (finding_id, "
                                        + "author, author_name, body) values (?, 'x', 'x', 'stiekem')",
                                own)))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into finding (region_id, title, "
                                        + "theme, kind, observed_from, created_by, created_by_name, updated_by) values (?, 'x', "
                                        + "'Behouden', 'OVERIG', current_date, 'x', 'x', 'x')",
                                NOORDKUST)))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(NOORDKUST, () -> jdbc.update("delete from finding where id = ?", own)))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void only_the_findings_own_region_hides_comments_and_nobody_edits_their_text() {
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long comment = AsUser.lead(VEENLAND)
                .call(VEENLAND, () -> findings.comment(neighbours, "Van veenland"))
                .id();
        assertThat(inRegion(
                        VEENLAND,
                        () -> jdbc.queryForObject(
                                "select count(*) from finding_comment where id = ?", Integer.class, comment)))
                .as("its own comment")
                .isOne();
        assertThat(inRegion(
                        VEENLAND, () -> jdbc.update("update finding_comment set hidden = true where id = ?", comment)))
                .isZero();
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update("update finding_comment set body = 'anders' where id = ?", comment)))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(inRegion(
                        NOORDKUST, () -> jdbc.update("update finding_comment set hidden = true where id = ?", comment)))
                .isOne();
        assertThat(inRegion(
                        VEENLAND,
                        () -> jdbc.queryForObject(
                                "select count(*) from finding_comment where id = ?", Integer.class, comment)))
                .isZero();
        Finding shared = AsUser.lead(NOORDKUST).call(NOORDKUST, () -> findings.get(neighbours));
        AsUser.lead(NOORDKUST)
                .run(
                        NOORDKUST,
                        () -> findings.update(
                                neighbours,
                                shared.revision(),
                                FindingVisibilityTest.draft("RLS met geschiedenis", FindingVisibilityTest.State.ALL)));
        assertThat(inRegion(
                        NOORDKUST,
                        () -> jdbc.queryForObject(
                                "select count(*) from finding_revision where finding_id = ?",
                                Integer.class,
                                neighbours)))
                .as("the change left a revision")
                .isPositive();
        assertThat(visibleTo(STEDENBAND, neighbours))
                .as("the finding itself is now shared with all")
                .isOne();
        assertThat(inRegion(
                        STEDENBAND, () -> jdbc.queryForObject("select count(*) from finding_revision", Integer.class)))
                .as("history is the own region's")
                .isZero();
    }

    @Test
    void the_tally_of_what_a_region_shared_with_its_neighbours_is_read_by_its_neighbours_only() {
        noordkust(Visibility.NEIGHBOURS, true);
        String sql = "select count(*) from finding_neighbour_count where region_id = ?";
        assertThat(inRegion(VEENLAND, () -> jdbc.queryForObject(sql, Integer.class, NOORDKUST)))
                .as("the neighbour reads it")
                .isOne();
        assertThat(inRegion(STEDENBAND, () -> jdbc.queryForObject(sql, Integer.class, NOORDKUST)))
                .as("a region that does not border it")
                .isZero();
        assertThat(inRegion(null, () -> jdbc.queryForObject(sql, Integer.class, NOORDKUST)))
                .isZero();
        assertThat(tenancy.national(() -> jdbc.queryForObject(sql, Integer.class, NOORDKUST)))
                .as("national scope, which reads only what is shared with all")
                .isZero();
        assertThatThrownBy(() -> inRegion(
                        NOORDKUST,
                        () -> jdbc.update(
                                "update finding_neighbour_count set shared_with_neighbours = 0 where region_id = ?",
                                NOORDKUST)))
                .as("written only by the trigger")
                .rootCause()
                .hasMessageContaining("permission denied for table finding_neighbour_count");
    }

    private <T> T inRegion(String region, Supplier<T> work) {
        return region == null ? tenancy.withoutRegion(work) : tenancy.inRegion(region, work);
    }
}
