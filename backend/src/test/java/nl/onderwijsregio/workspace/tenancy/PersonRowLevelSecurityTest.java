package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-person tables at the database, through the application's own (non-owner) connection and its transaction
 * manager: with {@code app.username} = a, the preferences and markers of b can be neither seen nor written.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class PersonRowLevelSecurityTest extends DatabaseTest {

    static final String REGION = "noordkust";
    static final String OTHER_REGION = "veenland";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    // fresh people per test: the application role may not delete these rows, so tests must not share them
    String a;
    String b;
    long finding;

    @BeforeEach
    void bothHaveAPreferenceAMarkerAndASeenTime() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        a = "a." + suffix;
        b = "b." + suffix;
        finding = as(a, REGION, () -> jdbc.queryForObject("""
                insert into finding (title, theme, kind, observed_from, created_by, created_by_name, updated_by)
                values ('Voor de markeringen', 'Aantrekken', 'OVERLEG', current_date, 'test', 'Test', 'test')
                returning id""", Long.class));
        for (String person : List.of(a, b)) {
            as(person, REGION, () -> {
                jdbc.update("insert into user_preference (username, last_region_id) values (?, ?)", person, REGION);
                jdbc.update("insert into finding_read (username, finding_id) values (?, ?)", person, finding);
                jdbc.update("insert into notification_seen (username, region_id) values (?, ?)", person, REGION);
                return null;
            });
        }
        as(
                a,
                OTHER_REGION,
                () -> jdbc.update(
                        "insert into notification_seen (username, region_id) values (?, ?)", a, OTHER_REGION));
    }

    @Test
    void a_person_sees_only_their_own_rows() {
        as(a, REGION, () -> {
            assertThat(jdbc.queryForList("select username from user_preference", String.class))
                    .containsExactly(a);
            assertThat(jdbc.queryForList("select username from finding_read", String.class))
                    .containsExactly(a);
            assertThat(jdbc.queryForList("select username from notification_seen", String.class))
                    .containsExactly(a);
            assertThat(jdbc.queryForObject("select count(*) from user_preference where username = ?", Integer.class, b))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from finding_read where username = ?", Integer.class, b))
                    .isZero();
            return null;
        });
    }

    @Test
    void seen_times_are_per_person_and_per_active_region() {
        assertThat(as(
                        a,
                        OTHER_REGION,
                        () -> jdbc.queryForList("select region_id from notification_seen", String.class)))
                .containsExactly(OTHER_REGION);
        assertThat(as(
                        b,
                        OTHER_REGION,
                        () -> jdbc.queryForObject("select count(*) from notification_seen", Integer.class)))
                .isZero();
        assertThatThrownBy(() -> as(
                        a,
                        REGION,
                        () -> jdbc.update(
                                "insert into notification_seen (username, region_id) values (?, 'stedenband')", a)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void rows_of_another_person_cannot_be_inserted() {
        String c = b + ".nieuw";
        for (String sql : List.of(
                "insert into user_preference (username, last_region_id) values (?, 'noordkust')",
                "insert into finding_read (username, finding_id) values (?, " + finding + ")",
                "insert into notification_seen (username, region_id) values (?, 'noordkust')")) {
            assertThatThrownBy(() -> as(a, REGION, () -> jdbc.update(sql, c)))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("row-level security");
        }
        // nor through an upsert onto the other person's existing row (as Regions.rememberLastRegion writes)
        assertThatThrownBy(() -> as(a, REGION, () -> jdbc.update("""
                insert into user_preference (username, last_region_id) values (?, 'veenland')
                on conflict (username) do update set last_region_id = excluded.last_region_id""", b)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThat(as(b, REGION, () -> jdbc.queryForObject("select last_region_id from user_preference", String.class)))
                .isEqualTo(REGION);
    }

    @Test
    void rows_of_another_person_cannot_be_updated_nor_own_rows_handed_to_someone_else() {
        as(a, REGION, () -> {
            assertThat(jdbc.update("update user_preference set last_region_id = 'veenland' where username = ?", b))
                    .isZero();
            assertThat(jdbc.update("update finding_read set read_at = now() - interval '1 year' where username = ?", b))
                    .isZero();
            assertThat(jdbc.update(
                            "update notification_seen set seen_at = now() - interval '1 year'" + " where username = ?",
                            b))
                    .isZero();
            return null;
        });
        assertThat(as(b, REGION, () -> jdbc.queryForObject("select last_region_id from user_preference", String.class)))
                .isEqualTo(REGION);
        String c = b + ".nieuw";
        for (String table : List.of("user_preference", "finding_read", "notification_seen")) {
            assertThatThrownBy(() -> as(a, REGION, () -> jdbc.update("update " + table + " set username = ?", c)))
                    .as(table)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void without_a_signed_in_person_nothing_is_visible_and_nothing_can_be_written() {
        tenancy.inRegion(REGION, () -> {
            assertThat(jdbc.queryForObject("select current_setting('app.username', true)", String.class))
                    .isEmpty();
            for (String table : List.of("user_preference", "finding_read", "notification_seen")) {
                assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class))
                        .as(table)
                        .isZero();
            }
        });
        assertThatThrownBy(
                        () -> tenancy.inRegion(
                                REGION,
                                () -> jdbc.update(
                                        "insert into user_preference (username, last_region_id) values ('niemand', 'noordkust')")))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
    }

    @Test
    void the_person_setting_does_not_outlive_its_transaction() {
        assertThat(as(a, REGION, () -> jdbc.queryForObject("select current_username()", String.class)))
                .isEqualTo(a);
        for (int i = 0; i < 20; i++) { // every pooled connection
            Integer visible = tenancy.withoutRegion(
                    () -> jdbc.queryForObject("select count(*) from user_preference", Integer.class));
            assertThat(visible).isZero();
            assertThat(jdbc.queryForObject("select count(*) from finding_read", Integer.class))
                    .isZero();
        }
    }

    /** Runs {@code work} in one transaction of the real transaction manager, signed in as {@code username}. */
    private <T> T as(String username, String region, Supplier<T> work) {
        return new AsUser(username, List.of(Role.REGIO_MEMBER), List.of(REGION, OTHER_REGION))
                .call(null, () -> region == null ? tenancy.withoutRegion(work) : tenancy.inRegion(region, work));
    }
}
