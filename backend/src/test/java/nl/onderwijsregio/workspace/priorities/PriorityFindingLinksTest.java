package nl.onderwijsregio.workspace.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.findings.Finding;
import nl.onderwijsregio.workspace.findings.FindingDraft;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Findings that support a priority, through the services: only the own region's findings can be linked, and another
 * region sees a link only when the finding itself is shared with it. On this test's own regions: the region's only
 * neighbour is NEIGHBOUR, STRANGER is not a neighbour.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class PriorityFindingLinksTest extends DatabaseTest {

    static final String REGION = TestRegions.id("noordkust");
    static final String NEIGHBOUR = TestRegions.id("veenland");
    static final String STRANGER = TestRegions.id("stedenband");
    static final AsUser LEAD = AsUser.lead(REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, NEIGHBOUR, STRANGER);
        TestRegions.neighbours(administration, REGION, NEIGHBOUR);
    }

    @Autowired
    PriorityService priorities;

    @Autowired
    FindingService findings;

    static FindingDraft finding(String title, boolean published, Visibility visibility) {
        return new FindingDraft(
                title,
                "Uit een gesprek.",
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                FindingKind.INTERVIEW,
                LocalDate.of(2026, 2, 1),
                null,
                Set.of(),
                List.of(),
                List.of(),
                published,
                visibility);
    }

    static PriorityDraft draft(String title, boolean published, List<Long> findingIds) {
        return new PriorityDraft(
                title,
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                "",
                List.of(Sector.PO),
                null,
                null,
                null,
                2026,
                2028,
                PriorityStatus.LOPEND,
                published,
                List.of(),
                findingIds);
    }

    private Finding noordkust(String title, boolean published, Visibility visibility) {
        return LEAD.call(REGION, () -> findings.create(finding(title, published, visibility)));
    }

    private List<FindingLink> seenBy(String region, long priorityId) {
        return AsUser.member(region)
                .call(
                        region,
                        () -> priorities.compare(List.of(REGION)).columns().getFirst().priorities().stream()
                                .filter(p -> p.id() == priorityId)
                                .findFirst()
                                .orElseThrow()
                                .findingLinks());
    }

    @Test
    void a_lead_links_own_findings_drafts_included_and_a_change_replaces_the_links() {
        Finding concept = noordkust("Koppeling concept", false, Visibility.OWN);
        Finding open = noordkust("Koppeling gepubliceerd", true, Visibility.NEIGHBOURS);
        LEAD.run(REGION, () -> {
            assertThat(priorities.findingOptions())
                    .extracting(FindingLink::findingId)
                    .contains(concept.id(), open.id());
            assertThat(priorities.findingOptions())
                    .filteredOn(o -> o.findingId() == concept.id())
                    .singleElement()
                    .extracting(FindingLink::published)
                    .isEqualTo(false);

            Priority created =
                    priorities.create(draft("Onderbouwd", false, List.of(open.id(), concept.id(), open.id())));
            assertThat(created.findingLinks())
                    .containsExactly(
                            new FindingLink(concept.id(), "Koppeling concept", false),
                            new FindingLink(open.id(), "Koppeling gepubliceerd", true));
            assertThat(PriorityDraft.of(created).findingIds()).containsExactlyInAnyOrder(concept.id(), open.id());
            assertThat(priorities
                            .update(created.id(), created.revision(), PriorityDraft.of(created))
                            .revision())
                    .as("the same links are no change")
                    .isEqualTo(created.revision());

            Priority changed =
                    priorities.update(created.id(), created.revision(), draft("Onderbouwd", false, List.of(open.id())));
            assertThat(changed.findingLinks())
                    .extracting(FindingLink::findingId)
                    .containsExactly(open.id());
            assertThat(priorities.priority(created.id()).findingLinks())
                    .extracting(FindingLink::title)
                    .containsExactly("Koppeling gepubliceerd");
        });
    }

    @Test
    void a_finding_of_another_region_an_unknown_or_a_deleted_one_is_refused_in_dutch() {
        Finding neighbours = AsUser.lead(NEIGHBOUR)
                .call(NEIGHBOUR, () -> findings.create(finding("Van de buren", true, Visibility.NEIGHBOURS)));
        Finding deleted = noordkust("Verwijderd", true, Visibility.OWN);
        Priority accepted = LEAD.call(REGION, () -> priorities.create(draft("Wel van ons", true, List.of())));
        LEAD.run(REGION, () -> {
            findings.delete(deleted.id());
            assertThat(findings.get(neighbours.id()).title())
                    .as("readable, but not the region's own")
                    .isEqualTo("Van de buren");
            assertThatThrownBy(() -> priorities.create(draft("Van een ander", true, List.of(neighbours.id()))))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("Alleen bevindingen van je eigen regio")
                    .hasMessageContaining(String.valueOf(neighbours.id()));
            assertThatThrownBy(() -> priorities.create(draft("Onbekend", true, List.of(987_654_321L))))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("987654321");
            assertThatThrownBy(() -> priorities.create(draft("Weg", true, List.of(deleted.id()))))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("onbekend");
            assertThat(priorities.own())
                    .extracting(Priority::title)
                    .contains(accepted.title())
                    .doesNotContain("Van een ander", "Onbekend", "Weg");
        });
    }

    @Test
    void another_region_sees_a_link_only_when_the_finding_is_shared_with_it() {
        Finding neighbours = noordkust("Gedeeld met de buren", true, Visibility.NEIGHBOURS);
        Finding own = noordkust("Alleen Noordkust", true, Visibility.OWN);
        Finding concept = noordkust("Nog een concept", false, Visibility.ALL);
        Finding all = noordkust("Gedeeld met iedereen", true, Visibility.ALL);
        Priority priority = LEAD.call(
                REGION,
                () -> priorities.create(draft(
                        "Zichtbaar onderbouwd", true, List.of(neighbours.id(), own.id(), concept.id(), all.id()))));

        assertThat(seenBy(REGION, priority.id()))
                .extracting(FindingLink::findingId)
                .containsExactlyInAnyOrder(neighbours.id(), own.id(), concept.id(), all.id());
        assertThat(seenBy(NEIGHBOUR, priority.id()))
                .extracting(FindingLink::findingId)
                .containsExactlyInAnyOrder(neighbours.id(), all.id());
        assertThat(seenBy(STRANGER, priority.id()))
                .extracting(FindingLink::findingId)
                .containsExactly(all.id());

        LEAD.run(REGION, () -> {
            Finding current = findings.get(neighbours.id());
            findings.update(current.id(), current.revision(), finding(current.title(), true, Visibility.OWN));
            findings.delete(all.id());
            assertThat(priorities.priority(priority.id()).findingLinks())
                    .as("a deleted finding no longer supports")
                    .extracting(FindingLink::findingId)
                    .containsExactlyInAnyOrder(neighbours.id(), own.id(), concept.id());
        });
        assertThat(seenBy(NEIGHBOUR, priority.id()))
                .as("no longer shared with the neighbours")
                .isEmpty();
        assertThat(seenBy(REGION, priority.id()))
                .as("the region itself still sees its links")
                .isNotEmpty();
    }

    @Test
    void demo_priorities_are_supported_by_demo_findings_of_their_region() {
        Priority demo = AsUser.member("veenland")
                .call(
                        "veenland",
                        () -> priorities.compare(List.of("noordkust")).columns().getFirst().priorities().stream()
                                .filter(p -> p.title().equals("Iedere starter een begeleidingsprogramma"))
                                .findFirst()
                                .orElseThrow());
        assertThat(demo.findingLinks())
                .extracting(FindingLink::title)
                .containsExactly("Zij-instromers haken af in het eerste jaar");
    }
}
