package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.geo.Municipality;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * A region's area: contiguous, one region per municipality, none for national regions, audited. This class uses the
 * municipalities around Amsterdam and the tip of Noord-Holland with Texel; no other test assigns them.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionAreaServiceTest extends DatabaseTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);
    private static final String AMSTERDAM = "GM0363";
    private static final String DIEMEN = "GM0384";
    private static final String AMSTELVEEN = "GM0362";
    private static final String OUDER_AMSTEL = "GM0437";
    private static final String TEXEL = "GM0448";
    private static final String DEN_HELDER = "GM0400";
    private static final String SCHAGEN = "GM0441";

    private static final String A = TestRegions.id("gebied-a");
    private static final String B = TestRegions.id("gebied-b");
    private static final String C = TestRegions.id("gebied-c");
    private static final String N = TestRegions.id("gebied-landelijk");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, A, B, C);
        TestRegions.createNational(administration, N);
    }

    @Autowired
    RegionAreaService areas;

    @Autowired
    RegionAdministration administration;

    @Test
    void a_contiguous_area_is_stored_with_the_larger_areas_it_lies_in_and_audited() {
        BEHEER.run(null, () -> {
            RegionArea area = areas.setArea(A, List.of(AMSTERDAM, "gm0384", "362"));
            assertThat(area.municipalities())
                    .extracting(Municipality::code)
                    .containsExactly(AMSTELVEEN, AMSTERDAM, DIEMEN);
            assertThat(area.labourMarkets()).extracting(Municipality.Area::name).containsExactly("Groot Amsterdam");
            assertThat(area.provinces()).extracting(Municipality.Area::name).containsExactly("Noord-Holland");
            assertThat(administration.auditTrail(500))
                    .filteredOn(e -> e.subject().equals(A))
                    .first()
                    .satisfies(e -> assertThat(e.action()).isEqualTo("AREA_CHANGED"))
                    .satisfies(e -> assertThat(e.details()).contains("toegevoegd: Amstelveen (GM0362)"));

            assertThatThrownBy(() -> areas.unassign(A, AMSTERDAM))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("niet aaneengesloten");
            assertThat(areas.area(A).municipalities()).hasSize(3);
        });
    }

    @Test
    void a_municipality_belongs_to_one_region_at_most_and_neighbours_follow_from_the_border() {
        BEHEER.run(null, () -> {
            areas.setArea(B, List.of(OUDER_AMSTEL));
            assertThatThrownBy(() -> areas.assign(C, OUDER_AMSTEL))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessage("Gemeente Ouder-Amstel (GM0437) hoort al bij " + TestRegions.name(B)
                            + "; een gemeente hoort bij hoogstens één regio.");
            assertThat(areas.assignments()).containsEntry(OUDER_AMSTEL, B);
        });
    }

    @Test
    void an_area_in_pieces_is_refused_but_an_island_joins_its_coast() {
        BEHEER.run(null, () -> {
            assertThatThrownBy(() -> areas.setArea(C, List.of(TEXEL, SCHAGEN)))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessage("Het gebied is niet aaneengesloten: Texel grenst niet aan de rest van het gebied"
                            + " (Schagen).");
            assertThat(areas.area(C).municipalities()).isEmpty();
            areas.setArea(C, List.of(TEXEL, DEN_HELDER, SCHAGEN));
            assertThat(areas.area(C).municipalities())
                    .extracting(Municipality::name)
                    .containsExactly("Den Helder", "Schagen", "Texel");
            // an island joins its coast for contiguity only: no neighbour by border through the water
            assertThat(areas.area(C).neighboursByBorder()).isEmpty();
        });
    }

    @Test
    void national_regions_have_no_area_and_unknown_codes_are_named() {
        BEHEER.run(null, () -> {
            assertThatThrownBy(() -> areas.assign(N, "GM0193"))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("landelijke regio en heeft geen gebied");
            assertThatThrownBy(() -> areas.assign(A, "GM9999"))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessage("Onbekende gemeentecode: GM9999.");
            assertThat(areas.area(N).municipalities()).isEmpty();
        });
    }

    @Test
    void only_the_platform_administrator_changes_an_area() {
        for (AsUser person : new AsUser[] {AsUser.lead(A), AsUser.withRole(Role.NATIONAL)}) {
            assertThatThrownBy(() -> person.run(null, () -> areas.assign(C, "GM0402")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(AsUser.withRole(Role.NATIONAL).call(null, () -> areas.unassigned()))
                .extracting(Municipality::code)
                .contains("GM0402");
    }
}
