package nl.onderwijsregio.workspace.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The derivation on the real 2025 boundary files: adjacency from shared arcs, islands, and the areas holding each. */
class BoundaryDerivationTest {

    static BoundaryDerivation.Derived derived;
    static Map<String, Municipality> byCode;

    @BeforeAll
    static void derive() {
        derived = BoundaryDerivation.derive(new BoundaryFiles(2025));
        byCode = derived.municipalities().stream().collect(Collectors.toMap(Municipality::code, Function.identity()));
    }

    @Test
    void the_2025_file_has_342_municipalities_with_869_shared_borders() {
        assertThat(derived.municipalities()).hasSize(342);
        assertThat(derived.adjacency().stream().filter(a -> a.kind() == Adjacency.Kind.BORDER))
                .hasSize(869);
        assertThat(byCode.get("GM0363").name()).isEqualTo("Amsterdam");
    }

    @Test
    void known_neighbours_share_a_border() {
        assertThat(borders())
                .contains(
                        Adjacency.of("GM0363", "GM0384", Adjacency.Kind.BORDER), // Amsterdam – Diemen
                        Adjacency.of("GM0363", "GM0362", Adjacency.Kind.BORDER), // Amsterdam – Amstelveen
                        Adjacency.of("GM0599", "GM0542", Adjacency.Kind.BORDER), // Rotterdam – Krimpen a/d IJssel
                        Adjacency.of("GM0014", "GM1730", Adjacency.Kind.BORDER), // Groningen – Tynaarlo
                        Adjacency.of("GM0153", "GM0164", Adjacency.Kind.BORDER)); // Enschede – Hengelo
    }

    @Test
    void municipalities_far_apart_or_only_close_are_not_adjacent() {
        assertThat(borders())
                .isNotEmpty()
                .doesNotContain(
                        Adjacency.of("GM0363", "GM0599", Adjacency.Kind.BORDER), // Amsterdam – Rotterdam
                        Adjacency.of("GM0384", "GM0362", Adjacency.Kind.BORDER), // Diemen – Amstelveen
                        Adjacency.of("GM0014", "GM0344", Adjacency.Kind.BORDER), // Groningen – Utrecht
                        Adjacency.of("GM1966", "GM1952", Adjacency.Kind.BORDER)); // Het Hogeland – Midden-Groningen
    }

    @Test
    void wadden_islands_have_no_border_and_join_the_coast_of_their_province() {
        Set<String> islands = Set.of("GM0448", "GM0096", "GM0093", "GM0060", "GM0088");
        assertThat(borders()).noneMatch(a -> islands.contains(a.first()) || islands.contains(a.second()));
        assertThat(derived.adjacency())
                .filteredOn(a -> a.kind() == Adjacency.Kind.ISLAND)
                .hasSize(5)
                .contains(Adjacency.of("GM0448", "GM0400", Adjacency.Kind.ISLAND)) // Texel – Den Helder
                .allSatisfy(a -> assertThat(byCode.get(a.first()).province())
                        .isEqualTo(byCode.get(a.second()).province()));
    }

    @Test
    void every_municipality_gets_its_province_corop_area_and_labour_market_region() {
        assertThat(derived.municipalities())
                .allSatisfy(m -> assertThat(m.province()).isNotNull())
                .allSatisfy(m -> assertThat(m.corop()).isNotNull())
                .allSatisfy(m -> assertThat(m.labourMarket()).isNotNull());
        Municipality amsterdam = byCode.get("GM0363");
        assertThat(amsterdam.province().name()).isEqualTo("Noord-Holland");
        assertThat(amsterdam.corop().name()).isEqualTo("Groot-Amsterdam");
        assertThat(amsterdam.labourMarket().name()).isEqualTo("Groot Amsterdam");
        assertThat(byCode.get("GM0014").labourMarket().name()).isEqualTo("Groningen");
        assertThat(byCode.get("GM0088").province().name()).isEqualTo("Fryslân"); // Schiermonnikoog
        assertThat(byCode.get("GM0153").province().name()).isEqualTo("Overijssel"); // Enschede
    }

    private static Set<Adjacency> borders() {
        return derived.adjacency().stream()
                .filter(a -> a.kind() == Adjacency.Kind.BORDER)
                .collect(Collectors.toSet());
    }
}
