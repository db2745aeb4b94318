package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Row-level security proven at the database, through the application's own (non-owner) connection. */
@SpringBootTest(classes = BackendTestApplication.class)
class RowLevelSecurityTest extends DatabaseTest {

    static final String NOORD = TestRegions.id("noordkust");
    static final String VEEN = TestRegions.id("veenland");
    static final String STEDEN = TestRegions.id("stedenband");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, NOORD, VEEN, STEDEN);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    @BeforeEach
    void oneProfileAndActivityPerRegion() {
        for (String region : List.of(NOORD, VEEN)) {
            inRegion(region, () -> {
                jdbc.update("delete from region_profile");
                assertThat(jdbc.update(
                                "insert into region_profile (region_id, introduction, updated_by) "
                                        + "values (?, ?, 'test')",
                                region,
                                "Over " + region))
                        .isOne();
                assertThat(jdbc.update(
                                "insert into region_activity (kind, summary, actor) values ('TEST', ?, 'test')",
                                "Iets in " + region))
                        .isOne();
                assertThat(jdbc.queryForObject("select count(*) from region_profile", Integer.class))
                        .as("the region sees its own rows")
                        .isOne();
            });
        }
    }

    @Test
    void with_a_region_set_only_its_own_rows_are_visible() {
        inRegion(NOORD, () -> {
            assertThat(jdbc.queryForList("select region_id from region_profile", String.class))
                    .containsExactly(NOORD);
            assertThat(jdbc.queryForList("select distinct region_id from region_activity", String.class))
                    .containsExactly(NOORD);
            assertThat(jdbc.queryForObject(
                            "select count(*) from region_profile where region_id = ?", Integer.class, VEEN))
                    .isZero();
        });
    }

    @Test
    void rows_of_another_region_cannot_be_inserted() {
        assertThatThrownBy(() -> inRegion(
                        NOORD,
                        () -> jdbc.update(
                                "insert into region_activity (region_id, kind, summary, actor) values (?, 'X', 'x', 'test')",
                                VEEN)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void rows_of_another_region_cannot_be_updated_or_deleted() {
        inRegion(NOORD, () -> {
            assertThat(jdbc.update("update region_profile set introduction = 'gekaapt' where region_id = ?", VEEN))
                    .isZero();
            assertThat(jdbc.update("delete from region_profile where region_id = ?", VEEN))
                    .isZero();
        });
        inRegion(
                VEEN,
                () -> assertThat(jdbc.queryForObject("select introduction from region_profile", String.class))
                        .isEqualTo("Over " + VEEN));
    }

    @Test
    void an_own_row_cannot_be_moved_to_another_region() {
        assertThatThrownBy(() -> inRegion(NOORD, () -> jdbc.update("update region_profile set region_id = ?", STEDEN)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void without_a_region_nothing_is_visible_and_nothing_can_be_written() {
        inRegion(null, () -> {
            assertThat(jdbc.queryForObject("select count(*) from region_profile", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from region_activity", Integer.class))
                    .isZero();
            assertThat(jdbc.update("delete from region_profile")).isZero();
        });
        assertThatThrownBy(() -> inRegion(
                        null,
                        () -> jdbc.update(
                                "insert into region_activity (region_id, kind, summary, actor) values (?, 'X', 'x', 't')",
                                NOORD)))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void the_region_setting_does_not_outlive_its_transaction() {
        inRegion(
                NOORD,
                () -> assertThat(jdbc.queryForObject("select current_setting('app.region_id', true)", String.class))
                        .isEqualTo(NOORD));
        for (int i = 0; i < 20; i++) { // every pooled connection
            inRegion(
                    null,
                    () -> assertThat(jdbc.queryForObject("select count(*) from region_profile", Integer.class))
                            .isZero());
            assertThat(jdbc.queryForObject("select count(*) from region_profile", Integer.class))
                    .isZero();
        }
    }

    @Test
    void the_application_role_is_no_superuser_owns_nothing_and_cannot_bypass_security() {
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where tableowner = current_user", Integer.class))
                .isZero();
        assertThatThrownBy(() -> jdbc.execute("alter table region_profile disable row level security"))
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("drop policy region_profile_own_region on region_profile"))
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("set role workspace_owner"))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> inRegion(null, () -> {
                    jdbc.execute("set local row_security = off");
                    jdbc.queryForList("select * from region_profile");
                }))
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    private void inRegion(String region, Runnable work) {
        if (region == null) {
            tenancy.withoutRegion(work);
        } else {
            tenancy.inRegion(region, work);
        }
    }
}
