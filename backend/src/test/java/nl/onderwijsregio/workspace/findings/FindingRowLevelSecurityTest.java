package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.tenancy.CrossRegionScope;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database itself, queried as the application role with plain SQL (no service in between), shows a finding only
 * to the regions it is shared with, and lets only its own region change it or hide its comments.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class FindingRowLevelSecurityTest extends DatabaseTest {

    @Autowired
    FindingService findings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private long noordkust(Visibility visibility, boolean published) {
        return AsUser.lead("noordkust").call("noordkust", () -> findings.create(FindingVisibilityTest.draft(
                "RLS " + visibility, FindingVisibilityTest.State.valueOf(published ? visibility.name() : "DRAFT"))
        )).id();
    }

    private int visibleTo(String region, long id) {
        return inRegion(region, () -> jdbc.queryForObject("select count(*) from finding where id = ?",
                Integer.class, id));
    }

    @Test
    void plain_sql_reads_only_what_is_shared_with_the_region() {
        long own = noordkust(Visibility.OWN, true);
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long all = noordkust(Visibility.ALL, true);
        long draft = noordkust(Visibility.NEIGHBOURS, false);
        assertThat(visibleTo("noordkust", own) + visibleTo("noordkust", draft)).isEqualTo(2);
        assertThat(visibleTo("veenland", own)).isZero();
        assertThat(visibleTo("veenland", draft)).isZero();
        assertThat(visibleTo("veenland", neighbours)).isOne();
        assertThat(visibleTo("stedenband", neighbours)).isZero();
        assertThat(visibleTo("stedenband", all)).isOne();
        assertThat(visibleTo(null, all)).as("no region, no scope: nothing").isZero();
        Integer national = ActiveRegion.callAs(null, () -> CrossRegionScope.callIn(CrossRegionScope.NATIONAL,
                () -> tx.execute(s -> jdbc.queryForObject("select count(*) from finding where id in (?, ?, ?, ?)",
                        Integer.class, own, neighbours, all, draft))));
        assertThat(national).as("national scope: shared with all only").isOne();
    }

    @Test
    void plain_sql_cannot_change_another_regions_finding_or_comment_on_what_it_cannot_read() {
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long own = noordkust(Visibility.OWN, true);
        inRegion("veenland", () -> {
            assertThat(jdbc.update("update finding set title = 'gekaapt' where id = ?", neighbours)).isZero();
            assertThat(jdbc.update("update finding set visibility = 'ALL' where id = ?", neighbours)).isZero();
            return null;
        });
        assertThatThrownBy(() -> inRegion("veenland", () -> jdbc.update("insert into finding_comment (finding_id, "
                + "author, author_name, body) values (?, 'x', 'x', 'stiekem')", own)))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion("veenland", () -> jdbc.update("insert into finding (region_id, title, "
                + "theme, kind, observed_from, created_by, created_by_name, updated_by) values ('noordkust', 'x', "
                + "'Behouden', 'OVERIG', current_date, 'x', 'x', 'x')")))
                .rootCause().hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion("noordkust", () -> jdbc.update("delete from finding where id = ?", own)))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void only_the_findings_own_region_hides_comments_and_nobody_edits_their_text() {
        long neighbours = noordkust(Visibility.NEIGHBOURS, true);
        long comment = AsUser.lead("veenland").call("veenland", () -> findings.comment(neighbours, "Van veenland"))
                .id();
        assertThat(inRegion("veenland", () -> jdbc.update("update finding_comment set hidden = true where id = ?",
                comment))).isZero();
        assertThatThrownBy(() -> inRegion("veenland", () -> jdbc.update(
                "update finding_comment set body = 'anders' where id = ?", comment)))
                .rootCause().hasMessageContaining("permission denied");
        assertThat(inRegion("noordkust", () -> jdbc.update("update finding_comment set hidden = true where id = ?",
                comment))).isOne();
        assertThat(inRegion("veenland", () -> jdbc.queryForObject(
                "select count(*) from finding_comment where id = ?", Integer.class, comment))).isZero();
        assertThat(inRegion("stedenband", () -> jdbc.queryForObject(
                "select count(*) from finding_revision", Integer.class))).as("history is the own region's").isZero();
    }

    private <T> T inRegion(String region, Supplier<T> work) {
        return ActiveRegion.callAs(region, () -> tx.execute(status -> work.get()));
    }
}
