package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The demo regions lie on real municipalities whose borders give exactly the demo neighbour pairs. */
@SpringBootTest(classes = BackendTestApplication.class)
class DemoAreasTest extends DatabaseTest {

    private static final List<String> GEOGRAPHIC = List.of("noordkust", "veenland", "rivierenland", "stedenband");

    @Autowired
    RegionAreaService areas;

    @Autowired
    RegionService regions;

    @Test
    void the_demo_areas_are_contiguous_and_their_borders_reproduce_the_demo_neighbour_pairs() {
        Set<NeighbourPair> byBorder = new HashSet<>();
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            for (String region : GEOGRAPHIC) {
                RegionArea area = areas.area(region);
                assertThat(area.municipalities())
                        .hasSize(DemoRegions.AREAS.get(region).size());
                area.neighboursByBorder().stream()
                        .filter(n -> GEOGRAPHIC.contains(n.id()))
                        .forEach(n -> byBorder.add(NeighbourPair.of(region, n.id())));
            }
            assertThat(areas.area("groen-landelijk").municipalities()).isEmpty();
            assertThat(byBorder).containsExactlyInAnyOrderElementsOf(DemoRegions.NEIGHBOURS);
            assertThat(byBorder).doesNotContain(NeighbourPair.of("noordkust", "stedenband"));
            assertThat(regions.neighbourPairs()).containsAll(DemoRegions.NEIGHBOURS);
        });
    }

    @Test
    void each_demo_area_passes_the_area_rules() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            var byId = areas.regionsById();
            for (String region : GEOGRAPHIC) {
                assertThat(AreaRules.problems(
                                byId.get(region),
                                Set.copyOf(DemoRegions.AREAS.get(region)),
                                areas.assignments(),
                                byId,
                                areasSnapshot()))
                        .isEmpty();
            }
        });
    }

    @Autowired
    nl.onderwijsregio.workspace.geo.MunicipalityService municipalities;

    private nl.onderwijsregio.workspace.geo.MunicipalityService.Snapshot areasSnapshot() {
        return municipalities.snapshot();
    }
}
