package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo regions and the shape of the neighbour relation. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionServiceTest extends DatabaseTest {

    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_embedded_database_starts_with_the_five_demo_regions() {
        assertThat(regions.activeRegions()).filteredOn(Region::demo).extracting(Region::id)
                .containsExactlyInAnyOrder("noordkust", "veenland", "rivierenland", "stedenband", "groen-landelijk");
        assertThat(regions.find("groen-landelijk")).get().extracting(Region::kind).isEqualTo(RegionKind.NATIONAL);
        assertThat(regions.find("noordkust")).get().extracting(Region::name).isEqualTo("Onderwijsregio Noordkust");
    }

    @Test
    void neighbours_are_symmetric() {
        assertThat(regions.neighboursOf("veenland")).extracting(Region::id)
                .containsExactly("noordkust", "rivierenland");
        assertThat(regions.neighboursOf("noordkust")).extracting(Region::id).containsExactly("veenland");
        assertThat(regions.neighboursOf("groen-landelijk")).isEmpty();
    }

    @Test
    void the_database_refuses_self_pairs_and_duplicate_pairs() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into region_neighbour (region_a, region_b) values ('veenland', 'veenland')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into region_neighbour (region_a, region_b) values ('veenland', 'noordkust')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                "insert into region_neighbour (region_a, region_b) values ('noordkust', 'veenland')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void region_ids_must_be_slugs() {
        assertThatThrownBy(() -> jdbc.update(
                "insert into region (id, name, kind) values ('Niet Goed', 'X', 'GEOGRAPHIC')"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
