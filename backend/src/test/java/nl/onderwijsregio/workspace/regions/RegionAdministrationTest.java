package nl.onderwijsregio.workspace.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Beheer: only the platform administrator changes regions and neighbours, by the rules, with an audit entry. */
@SpringBootTest(classes = BackendTestApplication.class)
class RegionAdministrationTest extends DatabaseTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);

    @Autowired
    RegionAdministration administration;
    @Autowired
    RegionService regions;

    @Test
    void a_region_is_created_renamed_deactivated_and_every_change_audited() {
        BEHEER.run(null, () -> {
            administration.create("west-test", "Onderwijsregio West (test)", RegionKind.GEOGRAPHIC);
            administration.rename("west-test", "Onderwijsregio Westkust (test)");
            administration.setActive("west-test", false);
            assertThat(regions.find("west-test")).get()
                    .satisfies(r -> assertThat(r.name()).isEqualTo("Onderwijsregio Westkust (test)"))
                    .satisfies(r -> assertThat(r.active()).isFalse());
            assertThat(administration.auditTrail(10)).extracting(AuditEntry::action)
                    .containsSubsequence("REGION_DEACTIVATED", "REGION_RENAMED", "REGION_CREATED");
        });
    }

    @Test
    void neighbour_rules_are_enforced_with_dutch_messages() {
        BEHEER.run(null, () -> {
            assertThatThrownBy(() -> administration.addNeighbours("veenland", "veenland"))
                    .isInstanceOf(RegionRuleException.class).hasMessage("Een regio kan niet aan zichzelf grenzen.");
            assertThatThrownBy(() -> administration.addNeighbours("rivierenland", "veenland"))
                    .isInstanceOf(RegionRuleException.class).hasMessageContaining("zijn al buurregio's");
            assertThatThrownBy(() -> administration.addNeighbours("groen-landelijk", "veenland"))
                    .isInstanceOf(RegionRuleException.class).hasMessageContaining("landelijke regio");
            assertThatThrownBy(() -> administration.create("Fout Id", "X", RegionKind.GEOGRAPHIC))
                    .isInstanceOf(RegionRuleException.class);
            assertThatThrownBy(() -> administration.create("dubbel", "Onderwijsregio Veenland", RegionKind.GEOGRAPHIC))
                    .isInstanceOf(RegionRuleException.class).hasMessageContaining("al een regio met de naam");

            administration.addNeighbours("stedenband", "noordkust");
            assertThat(regions.neighboursOf("noordkust")).extracting(Region::id).contains("stedenband");
            administration.removeNeighbours("noordkust", "stedenband");
            assertThat(regions.neighboursOf("noordkust")).extracting(Region::id).doesNotContain("stedenband");
        });
    }

    @Test
    void nobody_else_may_change_the_lists() {
        for (AsUser person : new AsUser[] {AsUser.lead("noordkust"), AsUser.withRole(Role.NATIONAL),
                AsUser.withRole(Role.CATALOGUE_ADMIN)}) {
            assertThatThrownBy(() -> person.run(null,
                    () -> administration.create("poging", "Poging", RegionKind.GEOGRAPHIC)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
