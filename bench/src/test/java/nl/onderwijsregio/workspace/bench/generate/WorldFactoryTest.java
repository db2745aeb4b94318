package nl.onderwijsregio.workspace.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldFactoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    @Test
    void scale_one_has_fifty_regions_and_five_hundred_users() {
        World world = WorldFactory.build(1, List.of("a"), TODAY);

        assertThat(world.regions()).hasSize(50);
        assertThat(world.users()).isEqualTo(500);
        assertThat(world.count(RegisterEntryRows.PER_SCALE)).isEqualTo(20_000);
    }

    @Test
    void the_neighbour_graph_is_canonical_connected_and_every_region_has_at_least_three_neighbours() {
        World world = WorldFactory.build(2, List.of("a"), TODAY);
        Map<String, Set<String>> adjacent = new HashMap<>();
        for (World.Pair pair : world.neighbours()) {
            assertThat(pair.a()).isLessThan(pair.b());
            adjacent.computeIfAbsent(pair.a(), k -> new HashSet<>()).add(pair.b());
            adjacent.computeIfAbsent(pair.b(), k -> new HashSet<>()).add(pair.a());
        }
        assertThat(adjacent.values()).allSatisfy(n -> assertThat(n.size()).isGreaterThanOrEqualTo(3));
        Set<String> reached = new HashSet<>(Set.of(world.regions().getFirst().id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : Set.copyOf(reached)) {
                grew |= reached.addAll(adjacent.get(id));
            }
        }
        assertThat(reached).hasSize(world.regions().size());
    }

    @Test
    void the_same_scale_gives_the_same_world() {
        assertThat(WorldFactory.build(0.5, List.of("a"), TODAY))
                .isEqualTo(WorldFactory.build(0.5, List.of("a"), TODAY));
    }
}
