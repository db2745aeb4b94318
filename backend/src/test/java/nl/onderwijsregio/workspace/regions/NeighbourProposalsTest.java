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
import org.springframework.security.access.AccessDeniedException;

/** Neighbours from the map, on municipalities in South Limburg: proposals from shared borders, accepted by Beheer. */
@SpringBootTest(classes = BackendTestApplication.class)
class NeighbourProposalsTest extends DatabaseTest {

    private static final AsUser BEHEER = AsUser.withRole(Role.PLATFORM_ADMIN);
    private static final String P = TestRegions.id("voorstel-p");
    private static final String Q = TestRegions.id("voorstel-q");
    private static final String R = TestRegions.id("voorstel-r");

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration, @Autowired RegionAreaService areas) {
        TestRegions.create(administration, P, Q, R);
        BEHEER.run(null, () -> {
            areas.setArea(P, List.of("GM0935")); // Maastricht
            areas.setArea(Q, List.of("GM0938")); // Meerssen
            areas.setArea(R, List.of("GM0888")); // Beek: borders Meerssen, not Maastricht
        });
    }

    @Autowired
    NeighbourProposals proposals;

    @Autowired
    RegionAdministration administration;

    @Test
    void regions_whose_areas_share_a_border_are_proposed_and_accepted_into_the_one_neighbour_list() {
        BEHEER.run(null, () -> {
            assertThat(ours(proposals.proposals()))
                    .containsExactlyInAnyOrder(NeighbourPair.of(P, Q), NeighbourPair.of(Q, R));
            assertThat(proposals.proposals())
                    .filteredOn(p ->
                            NeighbourPair.of(p.first().id(), p.second().id()).equals(NeighbourPair.of(P, Q)))
                    .singleElement()
                    .satisfies(p -> assertThat(p.border()).isEqualTo("Maastricht – Meerssen"));

            proposals.accept(Q, P);
            assertThat(ours(proposals.proposals())).containsExactly(NeighbourPair.of(Q, R));
            assertThat(proposals.neighbourList()).contains(new MarkedNeighbourPair(NeighbourPair.of(P, Q), true));
            assertThat(administration.auditTrail(50))
                    .extracting(AuditEntry::action)
                    .contains("NEIGHBOURS_ACCEPTED");
        });
    }

    @Test
    void a_pair_kept_by_hand_stays_and_is_marked_and_a_non_proposal_cannot_be_accepted() {
        BEHEER.run(null, () -> {
            assertThatThrownBy(() -> proposals.accept(P, R))
                    .isInstanceOf(RegionRuleException.class)
                    .hasMessage("Er is geen voorstel om deze regio's buurregio's te maken.");
            administration.addNeighbours(P, R);
            assertThat(proposals.neighbourList()).contains(new MarkedNeighbourPair(NeighbourPair.of(P, R), false));
            assertThat(ours(proposals.proposals())).doesNotContain(NeighbourPair.of(P, R));
        });
        assertThatThrownBy(() -> AsUser.lead(Q).run(null, () -> proposals.accept(Q, R)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static List<NeighbourPair> ours(List<NeighbourProposal> all) {
        List<String> mine = List.of(P, Q, R);
        return all.stream()
                .filter(p -> mine.contains(p.first().id())
                        && mine.contains(p.second().id()))
                .map(p -> NeighbourPair.of(p.first().id(), p.second().id()))
                .toList();
    }
}
