package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Beheer: only the platform administrator changes regions and neighbours, by the rules, with an audit entry. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionAdministrationTest extends DatabaseTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);
    // this test's own regions: a and b are neighbours, c is not a neighbour of either, n is national
    private static final String A = TestRegions.id("beheer-a");
    private static final String B = TestRegions.id("beheer-b");
    private static final String C = TestRegions.id("beheer-c");
    private static final String N = TestRegions.id("beheer-landelijk");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, A, B, C);
        TestRegions.createNational(administration, N);
        TestRegions.neighbours(administration, A, B);
    }

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionService regions;

    @Test
    void a_region_is_created_renamed_deactivated_and_every_change_audited() {
        String id = TestRegions.id("west");
        BEHEER.run(null, () -> {
            administration.create(id, "Onderwijsregio West " + id, RegionKind.GEOGRAPHIC);
            administration.rename(id, "Onderwijsregio Westkust " + id);
            administration.setActive(id, false);
            assertThat(regions.find(id))
                    .get()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("Onderwijsregio Westkust " + id))
                    .satisfies(r -> assertThat(r.active()).isFalse());
            assertThat(administration.auditTrail(500))
                    .filteredOn(e -> e.subject().equals(id))
                    .extracting(AuditEntry::action)
                    .containsExactly("REGION_DEACTIVATED", "REGION_RENAMED", "REGION_CREATED");
        });
    }

    @Test
    void neighbour_rules_are_enforced_with_dutch_messages() {
        BEHEER.run(null, () -> {
            assertThatThrownBy(() -> administration.addNeighbours(B, B))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessage("Een regio kan niet aan zichzelf grenzen.");
            assertThatThrownBy(() -> administration.addNeighbours(B, A))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("zijn al buurregio's");
            assertThatThrownBy(() -> administration.addNeighbours(N, B))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("landelijke regio");
            assertThatThrownBy(() -> administration.create("Fout Id", "X", RegionKind.GEOGRAPHIC))
                    .isInstanceOf(RegionRuleException.class);
            assertThatThrownBy(() ->
                            administration.create(TestRegions.id("dubbel"), TestRegions.name(B), RegionKind.GEOGRAPHIC))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessageContaining("al een regio met de naam");

            assertThat(regions.neighboursOf(A)).extracting(Region::id).containsExactly(B);
            administration.addNeighbours(C, A);
            assertThat(regions.neighboursOf(A)).extracting(Region::id).containsExactlyInAnyOrder(B, C);
            administration.removeNeighbours(A, C);
            assertThat(regions.neighboursOf(A)).extracting(Region::id).containsExactly(B);
        });
    }

    @Test
    void nobody_else_may_change_the_lists() {
        String attempt = TestRegions.id("poging");
        for (AsUser person :
                new AsUser[] {AsUser.lead(A), AsUser.withRole(Role.NATIONAL), AsUser.withRole(Role.CATALOGUE_ADMIN)}) {
            assertThatThrownBy(() -> person.run(
                            null, () -> administration.create(attempt, "Poging " + attempt, RegionKind.GEOGRAPHIC)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(regions.find(attempt)).isEmpty();
    }
}
