package nl.onderwijsregio.workspace.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tenancy seam: it sets the scope before its transaction starts, and refuses every other order. */
@SpringBootTest(classes = BackendTestApplication.class)
class TenancyTest extends DatabaseTest {

    @Autowired
    Tenancy tenancy;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DSLContext db;

    @AfterEach
    void noEntryPoint() {
        EntryPointRegions.register(java.util.List.of());
    }

    private Map<String, Object> settings() {
        return jdbc.queryForMap("select current_setting('app.region_id', true) as region, "
                + "current_setting('app.scope', true) as scope");
    }

    @Test
    void each_kind_of_work_reaches_postgresql_with_its_own_scope() {
        assertThat(tenancy.inRegion("veenland", this::settings))
                .containsEntry("region", "veenland")
                .containsEntry("scope", "");
        assertThat(tenancy.national(this::settings))
                .containsEntry("region", "")
                .containsEntry("scope", CrossRegionScope.NATIONAL);
        assertThat(tenancy.review(this::settings))
                .containsEntry("region", "")
                .containsEntry("scope", CrossRegionScope.CATALOGUE_REVIEW);
        assertThat(tenancy.withoutRegion(this::settings))
                .containsEntry("region", "")
                .containsEntry("scope", "");
    }

    @Test
    void nothing_stays_bound_after_the_work() {
        tenancy.inRegion("veenland", () -> {
            assertThat(ActiveRegion.current()).contains("veenland");
        });
        assertThat(ActiveRegion.current()).isEmpty();
        assertThat(CrossRegionScope.current()).isEmpty();
        try (Tenancy.Binding ignored = Tenancy.bind("noordkust")) {
            assertThat(ActiveRegion.current()).contains("noordkust");
            try (Tenancy.Binding inner = Tenancy.bind(null)) {
                assertThat(ActiveRegion.current()).as("explicitly none").isEmpty();
            }
            assertThat(ActiveRegion.current()).contains("noordkust");
        }
        assertThat(ActiveRegion.current()).isEmpty();
    }

    @Test
    void the_scope_cannot_change_once_a_transaction_runs() {
        assertThatThrownBy(() -> tenancy.inRegion("veenland", () -> tenancy.inRegion("noordkust", this::settings)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before the transaction starts");
        assertThatThrownBy(() -> tenancy.inRegion("veenland", () -> tenancy.national(this::settings)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tenancy.inRegion("veenland", () -> Tenancy.bind("noordkust")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(tenancy.inRegion("veenland", () -> tenancy.inRegion("veenland", this::settings)))
                .as("the same scope joins the running transaction")
                .containsEntry("region", "veenland");
    }

    @Test
    void sql_outside_a_transaction_is_refused_instead_of_silently_seeing_nothing() {
        assertThatThrownBy(() -> db.fetchCount(db.selectOne())).hasMessageContaining("SQL outside a transaction");
        assertThat(tenancy.withoutRegion(() -> db.fetchCount(db.selectOne()))).isOne();
    }

    @Test
    void an_entry_point_that_keeps_its_own_region_is_asked_when_nothing_is_bound() {
        EntryPointRegions.register(java.util.List.of(() -> Optional.of("rivierenland")));
        assertThat(ActiveRegion.current()).contains("rivierenland");
        try (Tenancy.Binding ignored = Tenancy.bind("veenland")) {
            assertThat(ActiveRegion.current()).as("a binding wins").contains("veenland");
        }
        assertThat(tenancy.withoutRegion(this::settings))
                .as("explicitly none wins too")
                .containsEntry("region", "");
    }
}
