package nl.onderwijsregio.workspace.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** At the database itself: drafts stay in their region, published rows are readable by all, writes stay at home. */
@SpringBootTest(classes = BackendTestApplication.class)
class PriorityRowLevelSecurityTest extends DatabaseTest {

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
    PriorityService priorities;

    @Autowired
    FindingService findings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    private Priority noordkust(String title, boolean published) {
        return AsUser.lead(NOORDKUST)
                .call(NOORDKUST, () -> priorities.create(PriorityServiceTest.draft(title, published)));
    }

    @Test
    void another_region_and_no_region_see_published_rows_and_their_links_but_never_drafts() {
        long draft = noordkust("RLS concept", false).id();
        long open = noordkust("RLS openbaar", true).id();
        for (String region : new String[] {VEENLAND, null}) {
            inRegion(region, () -> {
                assertThat(count("select count(*) from priority where id = ?", draft))
                        .isZero();
                assertThat(count("select count(*) from priority where id = ?", open))
                        .isOne();
                assertThat(count("select count(*) from priority_catalogue_link where priority_id = ?", draft))
                        .isZero();
                assertThat(count("select count(*) from priority_catalogue_link where priority_id = ?", open))
                        .isOne();
                return null;
            });
        }
        inRegion(
                NOORDKUST,
                () -> assertThat(count("select count(*) from priority where id in (?, ?)", draft, open))
                        .isEqualTo(2));
    }

    @Test
    void another_region_cannot_change_delete_or_add_rows_of_a_region_even_published_ones() {
        long open = noordkust("RLS beschermd", true).id();
        inRegion(VEENLAND, () -> {
            assertThat(jdbc.update("update priority set title = 'gekaapt' where id = ?", open))
                    .isZero();
            assertThat(jdbc.update("delete from priority where id = ?", open)).isZero();
            assertThat(jdbc.update("delete from priority_catalogue_link where priority_id = ?", open))
                    .isZero();
            return null;
        });
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into priority (region_id, rank, "
                                        + "title, theme, sub_theme, start_year, end_year, created_by, updated_by) values (?, 99, "
                                        + "'x', 'AANTREKKEN', 'WERVEN', 2026, 2026, 't', 't')",
                                NOORDKUST)))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into priority_catalogue_link "
                                        + "(priority_id, catalogue_entry_id) values (?, 'e019')",
                                open)))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(
                        NOORDKUST, () -> jdbc.update("update priority set region_id = ? where id = ?", VEENLAND, open)))
                .rootCause()
                .hasMessageContaining("row-level security");
        inRegion(
                NOORDKUST,
                () -> assertThat(jdbc.queryForObject("select title from priority where id = ?", String.class, open))
                        .isEqualTo("RLS beschermd"));
    }

    @Test
    void a_finding_link_is_readable_only_where_the_finding_is_and_written_only_between_own_rows() {
        long neighbours = finding(NOORDKUST, "RLS buren", Visibility.NEIGHBOURS);
        long own = finding(NOORDKUST, "RLS eigen", Visibility.OWN);
        long veenlandFinding = finding(VEENLAND, "RLS Veenland", Visibility.NEIGHBOURS);
        long open = AsUser.lead(NOORDKUST)
                .call(
                        NOORDKUST,
                        () -> priorities.create(
                                PriorityFindingLinksTest.draft("RLS onderbouwd", true, List.of(neighbours, own))))
                .id();
        long draft = AsUser.lead(NOORDKUST)
                .call(
                        NOORDKUST,
                        () -> priorities.create(
                                PriorityFindingLinksTest.draft("RLS onderbouwd concept", false, List.of(neighbours))))
                .id();
        long veenlandPriority = AsUser.lead(VEENLAND)
                .call(
                        VEENLAND,
                        () -> priorities.create(PriorityFindingLinksTest.draft("RLS Veenland", true, List.of())))
                .id();
        String links = "select count(*) from priority_finding_link where priority_id = ?";
        inRegion(
                NOORDKUST,
                () -> assertThat(count(links, open) + count(links, draft)).isEqualTo(3));
        inRegion(VEENLAND, () -> {
            assertThat(count(links, open))
                    .as("only the link to the finding shared with the neighbours")
                    .isOne();
            assertThat(count(links, draft)).as("the priority is a draft").isZero();
            assertThat(jdbc.update("delete from priority_finding_link where priority_id = ?", open))
                    .isZero();
            return null;
        });
        inRegion(STEDENBAND, () -> assertThat(count(links, open)).isZero());
        inRegion(null, () -> assertThat(count(links, open)).isZero());

        String insert = "insert into priority_finding_link (priority_id, finding_id) values (?, ?)";
        assertThatThrownBy(() -> inRegion(VEENLAND, () -> jdbc.update(insert, open, veenlandFinding)))
                .as("another region's priority")
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(VEENLAND, () -> jdbc.update(insert, veenlandPriority, neighbours)))
                .as("another region's finding, though readable")
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into priority_finding_link "
                                        + "(priority_id, finding_id, region_id) values (?, ?, ?)",
                                open,
                                neighbours,
                                NOORDKUST)))
                .rootCause()
                .hasMessageContaining("row-level security");
        inRegion(
                VEENLAND,
                () -> assertThat(jdbc.update(insert, veenlandPriority, veenlandFinding))
                        .isOne());
        inRegion(
                NOORDKUST,
                () -> assertThat(count(links, veenlandPriority))
                        .as("shared with the neighbours")
                        .isOne());
    }

    private long finding(String region, String title, Visibility visibility) {
        return AsUser.lead(region)
                .call(region, () -> findings.create(PriorityFindingLinksTest.finding(title, true, visibility)))
                .id();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private <T> T inRegion(@Nullable String region, Supplier<T> work) {
        return region == null ? tenancy.withoutRegion(work) : tenancy.inRegion(region, work);
    }
}
