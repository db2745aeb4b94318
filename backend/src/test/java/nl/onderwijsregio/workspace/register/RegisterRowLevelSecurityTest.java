package nl.onderwijsregio.workspace.register;

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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Another region sees and changes nothing of a register: through the service and at the database itself. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegisterRowLevelSecurityTest extends DatabaseTest {

    static final String NOORDKUST = TestRegions.id("noordkust");
    static final String VEENLAND = TestRegions.id("veenland");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, NOORDKUST, VEENLAND);
    }

    @Autowired
    RegisterService register;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Tenancy tenancy;

    private long noordkustEntry() {
        return AsUser.member(NOORDKUST)
                .call(
                        NOORDKUST,
                        () -> register.create(new RegisterDraft(
                                        null,
                                        "Eigen enquête",
                                        "Alleen voor Noordkust",
                                        null,
                                        null,
                                        HolderKind.OTHER,
                                        "Noordkust",
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
                                        null))
                                .id());
    }

    @Test
    void another_regions_lead_cannot_read_change_move_or_delete_an_entry() {
        long id = noordkustEntry();
        long ownOfVeenland = AsUser.lead(VEENLAND)
                .call(
                        VEENLAND,
                        () -> register.create(RegisterServiceTest.draft("Van Veenland zelf"))
                                .id());
        AsUser.lead(VEENLAND).run(VEENLAND, () -> {
            assertThat(register.page(RegisterFilter.all(), 0, 500, RegisterSort.UPDATED))
                    .extracting(RegisterEntry::id)
                    .contains(ownOfVeenland)
                    .doesNotContain(id);
            assertThatThrownBy(() -> register.entry(id)).isInstanceOf(RegisterConflictException.class);
            assertThatThrownBy(() -> register.history(id)).isInstanceOf(RegisterConflictException.class);
            assertThatThrownBy(() -> register.update(id, 1, RegisterServiceTest.draft("Gekaapt")))
                    .isInstanceOf(RegisterConflictException.class);
            assertThatThrownBy(() -> register.transition(id, 1, RegisterStatus.AANGEVRAAGD, null))
                    .isInstanceOf(RegisterConflictException.class);
            assertThatThrownBy(() -> register.delete(id)).isInstanceOf(RegisterConflictException.class);
        });
        AsUser.member(NOORDKUST)
                .run(NOORDKUST, () -> assertThat(register.entry(id).what()).isEqualTo("Alleen voor Noordkust"));
    }

    @Test
    void the_database_hides_and_protects_other_regions_rows() {
        long id = noordkustEntry();
        inRegion(VEENLAND, () -> {
            assertThat(jdbc.queryForObject("select count(*) from register_entry where id = ?", Integer.class, id))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from register_event where entry_id = ?", Integer.class, id))
                    .isZero();
            assertThat(jdbc.update("update register_entry set what = 'gekaapt' where id = ?", id))
                    .isZero();
            return null;
        });
        assertThatThrownBy(() -> inRegion(
                        VEENLAND,
                        () -> jdbc.update(
                                "insert into register_entry (region_id, "
                                        + "source_text, what, holder_kind, holder_name, created_by, updated_by) values (?, 'x', 'x', "
                                        + "'OTHER', 'x', 't', 't')",
                                NOORDKUST)))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> inRegion(
                        NOORDKUST,
                        () -> jdbc.update("update register_entry set region_id = ? where id = ?", VEENLAND, id)))
                .rootCause()
                .hasMessageContaining("row-level security");
        assertThat(inRegion(
                        NOORDKUST,
                        () -> jdbc.queryForObject(
                                "select count(*) from register_entry where id = ?", Integer.class, id)))
                .as("its own region sees it")
                .isOne();
        assertThat(inRegion(null, () -> jdbc.queryForObject("select count(*) from register_entry", Integer.class)))
                .isZero();
    }

    @Test
    void the_application_cannot_delete_rows_only_mark_them_deleted() {
        long id = noordkustEntry();
        assertThatThrownBy(() -> inRegion(NOORDKUST, () -> jdbc.update("delete from register_entry where id = ?", id)))
                .rootCause()
                .hasMessageContaining("permission denied");
        AsUser.lead(NOORDKUST).run(NOORDKUST, () -> register.delete(id));
        inRegion(NOORDKUST, () -> {
            assertThat(jdbc.queryForObject("select deleted from register_entry where id = ?", Boolean.class, id))
                    .isTrue();
            assertThat(jdbc.queryForList(
                            "select action from register_event where entry_id = ? order by id", String.class, id))
                    .containsExactly("CREATED", "DELETED");
            return null;
        });
    }

    private <T> T inRegion(String region, Supplier<T> work) {
        return region == null ? tenancy.withoutRegion(work) : tenancy.inRegion(region, work);
    }
}
