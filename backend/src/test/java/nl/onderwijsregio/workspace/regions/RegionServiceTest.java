package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo regions (read only: no test writes to them), and the shape of the neighbour relation on regions of this
 * test's own: west - midden - oost in a row, and a national region without neighbours.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionServiceTest extends DatabaseTest {

    static final String WEST = TestRegions.id("west");
    static final String MIDDEN = TestRegions.id("midden");
    static final String OOST = TestRegions.id("oost");
    static final String LANDELIJK = TestRegions.id("landelijk");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, WEST, MIDDEN, OOST);
        TestRegions.createNational(administration, LANDELIJK);
        TestRegions.neighbours(administration, WEST, MIDDEN);
        TestRegions.neighbours(administration, OOST, MIDDEN);
    }

    @Autowired
    RegionService regions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_embedded_database_starts_with_the_five_demo_regions() {
        assertThat(regions.activeRegions())
                .filteredOn(Region::demo)
                .extracting(Region::id)
                .containsExactlyInAnyOrder("noordkust", "veenland", "rivierenland", "stedenband", "groen-landelijk");
        assertThat(regions.find("groen-landelijk"))
                .get()
                .extracting(Region::kind)
                .isEqualTo(RegionKind.NATIONAL);
        assertThat(regions.find("noordkust")).get().extracting(Region::name).isEqualTo("Onderwijsregio Noordkust");
    }

    @Test
    void the_demo_regions_have_their_neighbours() {
        assertThat(regions.neighboursOf("veenland"))
                .extracting(Region::id)
                .containsExactly("noordkust", "rivierenland");
        assertThat(regions.neighboursOf("noordkust")).extracting(Region::id).containsExactly("veenland");
        assertThat(regions.neighboursOf("groen-landelijk")).isEmpty();
    }

    @Test
    void neighbours_are_symmetric() {
        assertThat(regions.neighboursOf(MIDDEN)).extracting(Region::id).containsExactlyInAnyOrder(WEST, OOST);
        assertThat(regions.neighboursOf(WEST)).extracting(Region::id).containsExactly(MIDDEN);
        assertThat(regions.neighboursOf(OOST)).extracting(Region::id).containsExactly(MIDDEN);
        assertThat(regions.find(LANDELIJK)).as("the national region exists").isPresent();
        assertThat(regions.neighboursOf(LANDELIJK)).isEmpty();
    }

    @Test
    void the_database_refuses_self_pairs_and_duplicate_pairs() {
        String insert = "insert into region_neighbour (region_a, region_b) values (?, ?)";
        assertThatThrownBy(() -> jdbc.update(insert, MIDDEN, MIDDEN))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, WEST, MIDDEN)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(insert, MIDDEN, WEST)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_last_region_is_remembered_per_person_through_the_real_transaction_manager() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> both = List.of("noordkust", "veenland");
        AsUser twoRegions = new AsUser("twee." + suffix, List.of(Role.REGIO_MEMBER), both);
        AsUser colleague = new AsUser("collega." + suffix, List.of(Role.REGIO_MEMBER), both);
        assertThat(twoRegions.call(null, regions::lastRegion)).isEmpty();

        twoRegions.run(null, () -> regions.rememberLastRegion("veenland"));
        assertThat(twoRegions.call(null, regions::lastRegion)).contains("veenland");
        twoRegions.run(null, () -> regions.rememberLastRegion("noordkust"));
        assertThat(twoRegions.call(null, regions::lastRegion)).contains("noordkust");

        assertThat(colleague.call(null, regions::lastRegion))
                .as("another person's preference")
                .isEmpty();
        colleague.run(null, () -> regions.rememberLastRegion("veenland"));
        assertThat(colleague.call(null, regions::lastRegion)).contains("veenland");
        assertThat(twoRegions.call(null, regions::lastRegion)).contains("noordkust");
    }

    @Test
    void region_ids_must_be_slugs() {
        assertThatThrownBy(() ->
                        jdbc.update("insert into region (id, name, kind) values ('Niet Goed', 'X', 'GEOGRAPHIC')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
