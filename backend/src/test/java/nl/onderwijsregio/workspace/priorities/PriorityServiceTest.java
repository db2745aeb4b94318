package nl.onderwijsregio.workspace.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.activity.ActivityService;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Ranking, validation, lead-only changes and who sees which priorities, through the service. */
@SpringBootTest(classes = BackendTestApplication.class)
class PriorityServiceTest extends DatabaseTest {

    // this test's own regions: the region, another region, and a neighbour of the region
    static final String REGION = TestRegions.id("stedenband");
    static final String OTHER = TestRegions.id("rivierenland");
    static final String NEIGHBOUR = TestRegions.id("veenland");
    static final AsUser LEAD = AsUser.lead(REGION);
    static final AsUser MEMBER = AsUser.member(REGION);

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, REGION, OTHER, NEIGHBOUR);
        TestRegions.neighbours(administration, REGION, NEIGHBOUR);
    }

    @Autowired
    PriorityService priorities;

    @Autowired
    ActivityService activity;

    static PriorityDraft draft(String title, boolean published) {
        return new PriorityDraft(
                title,
                Theme.AANTREKKEN,
                SubTheme.WERVEN,
                "Omschrijving",
                List.of(Sector.PO),
                null,
                "Vacatures",
                "30",
                2026,
                2028,
                PriorityStatus.GEPLAND,
                published,
                List.of("e041"),
                List.of());
    }

    private static void assertContiguous(List<Priority> own) {
        for (int i = 0; i < own.size(); i++) {
            assertThat(own.get(i).rank()).isEqualTo(i + 1);
        }
    }

    @Test
    void a_new_priority_goes_to_the_end_and_reordering_and_moving_change_the_ranks() {
        LEAD.run(REGION, () -> {
            int before = priorities.own().size();
            Priority first = priorities.create(draft("Rang A", true));
            Priority second = priorities.create(draft("Rang B", true));
            assertThat(first.rank()).isEqualTo(before + 1);
            assertThat(second.rank()).isEqualTo(before + 2);
            assertThat(first.catalogueLinks())
                    .extracting(CatalogueLink::catalogueEntryId)
                    .containsExactly("e041");

            List<Long> reversed =
                    new ArrayList<>(priorities.own().stream().map(Priority::id).toList());
            Collections.reverse(reversed);
            List<Priority> after = priorities.reorder(reversed);
            assertThat(after).extracting(Priority::id).containsExactlyElementsOf(reversed);
            assertContiguous(after);
            assertThat(after.getFirst().title()).isEqualTo("Rang B");

            List<Priority> moved = priorities.move(second.id(), 1);
            assertThat(moved.get(1).id()).isEqualTo(second.id());
            assertThat(priorities.move(first.id(), -99).getFirst().id())
                    .as("stops at the top")
                    .isEqualTo(first.id());
            assertContiguous(priorities.own());
        });
    }

    @Test
    void deleting_closes_the_gap_and_leaves_a_line_in_the_activity_log() {
        LEAD.run(REGION, () -> {
            Priority a = priorities.create(draft("Gat A", false));
            Priority b = priorities.create(draft("Gat B", false));
            Priority c = priorities.create(draft("Gat C", false));
            priorities.delete(b.id());
            List<Priority> own = priorities.own();
            assertContiguous(own);
            assertThat(own).extracting(Priority::id).doesNotContain(b.id()).containsSubsequence(a.id(), c.id());
            assertThat(priorities.priority(c.id()).rank()).isEqualTo(a.rank() + 1);
            assertThat(activity.recent(5))
                    .extracting(entry -> entry.summary().dutch())
                    .contains("Prioriteit verwijderd: Gat B");
            assertThatThrownBy(() -> priorities.delete(b.id())).isInstanceOf(PriorityConflictException.class);
        });
    }

    @Test
    void a_reorder_must_name_every_own_priority_once() {
        LEAD.run(REGION, () -> {
            priorities.create(draft("Volgorde A", false));
            priorities.create(draft("Volgorde B", false));
            List<Long> ids = priorities.own().stream().map(Priority::id).toList();
            assertThatThrownBy(() -> priorities.reorder(ids.subList(1, ids.size())))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("volgorde klopt niet");
        });
    }

    @Test
    void invalid_input_is_refused_with_dutch_messages() {
        LEAD.run(REGION, () -> {
            assertThatThrownBy(() -> priorities.create(new PriorityDraft(
                            " ", null, null, "", List.of(), null, null, null, 2025, 2030, null, false, List.of(),
                            List.of())))
                    .isInstanceOf(ConstraintViolationException.class)
                    .hasMessageContaining("Geef de prioriteit een titel.")
                    .hasMessageContaining("Kies een thema en subthema.")
                    .hasMessageContaining("Kies minstens één sector.")
                    .hasMessageContaining("Het beginjaar ligt in de periode 2026–2029.")
                    .hasMessageContaining("Het eindjaar ligt in de periode 2026–2029.");
            assertThatThrownBy(() -> priorities.create(new PriorityDraft(
                            "Omgekeerd",
                            null,
                            SubTheme.MATCHEN,
                            "",
                            List.of(Sector.VO),
                            null,
                            null,
                            "10",
                            2028,
                            2027,
                            null,
                            false,
                            List.of(),
                            List.of())))
                    .hasMessageContaining("Het eindjaar kan niet voor het beginjaar liggen.")
                    .hasMessageContaining("geef ook de indicator");
            assertThatThrownBy(() -> priorities.create(new PriorityDraft(
                            "Onbekend",
                            null,
                            SubTheme.MATCHEN,
                            "",
                            List.of(Sector.VO),
                            null,
                            null,
                            null,
                            2026,
                            2026,
                            null,
                            false,
                            List.of("bestaat-niet"),
                            List.of())))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("bestaat-niet");
        });
    }

    @Test
    void a_stale_change_is_refused_and_overwrites_nothing() {
        LEAD.run(REGION, () -> {
            Priority created = priorities.create(draft("Versie 1", false));
            Priority changed = priorities.update(created.id(), created.revision(), draft("Versie 2", false));
            assertThat(changed.revision()).isEqualTo(created.revision() + 1);
            assertThatThrownBy(() -> priorities.update(created.id(), created.revision(), draft("Versie 3", false)))
                    .isInstanceOf(PriorityConflictException.class)
                    .hasMessageContaining("intussen");
            assertThat(priorities.priority(created.id()).title()).isEqualTo("Versie 2");
        });
    }

    @Test
    void members_read_but_only_the_lead_changes() {
        Priority created = LEAD.call(REGION, () -> priorities.create(draft("Alleen de lead", false)));
        MEMBER.run(REGION, () -> {
            assertThat(priorities.own()).extracting(Priority::id).contains(created.id());
            assertThatThrownBy(() -> priorities.create(draft("Lid", false))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> priorities.update(created.id(), created.revision(), draft("Lid", false)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> priorities.move(created.id(), -1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> priorities.delete(created.id())).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void a_draft_stays_in_the_own_region_and_a_published_priority_is_seen_by_others_and_the_nation() {
        Priority draft = LEAD.call(REGION, () -> priorities.create(draft("Concept Stedenband", false)));
        Priority open = LEAD.call(REGION, () -> priorities.create(draft("Openbaar Stedenband", true)));
        Priority theirs = AsUser.lead(OTHER).call(OTHER, () -> priorities.create(draft("Van de andere regio", false)));
        AsUser.lead(OTHER).run(OTHER, () -> {
            List<Priority> seen =
                    priorities.compare(List.of(OTHER, REGION)).columns().get(1).priorities();
            assertThat(seen).extracting(Priority::id).contains(open.id()).doesNotContain(draft.id());
            assertThat(priorities.own())
                    .extracting(Priority::id)
                    .contains(theirs.id())
                    .doesNotContain(open.id(), draft.id());
            assertThatThrownBy(() -> priorities.priority(open.id())).isInstanceOf(PriorityConflictException.class);
            assertThatThrownBy(() -> priorities.delete(open.id())).isInstanceOf(PriorityConflictException.class);
        });
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            Comparison national = priorities.compare(List.of(REGION));
            assertThat(national.ownRegionId()).isNull();
            assertThat(national.columns().getFirst().priorities())
                    .extracting(Priority::id)
                    .contains(open.id())
                    .doesNotContain(draft.id());
        });
        LEAD.run(
                REGION,
                () -> assertThat(priorities
                                .compare(List.of(REGION))
                                .columns()
                                .getFirst()
                                .priorities())
                        .extracting(Priority::id)
                        .contains(open.id(), draft.id()));
        assertThatThrownBy(() ->
                        AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> priorities.compare(List.of(REGION))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_default_comparison_is_the_own_region_and_its_neighbours() {
        AsUser.member(REGION)
                .run(REGION, () -> assertThat(priorities.defaultComparison()).containsExactly(REGION, NEIGHBOUR));
        AsUser.member(OTHER)
                .run(OTHER, () -> assertThat(priorities.defaultComparison()).containsExactly(OTHER));
    }

    @Test
    void demo_neighbours_share_priorities() {
        AsUser.member("veenland").run("veenland", () -> {
            assertThat(priorities.defaultComparison()).startsWith("veenland").contains("noordkust", "rivierenland");
            Comparison demo = priorities.compare(priorities.defaultComparison());
            assertThat(demo.matrix())
                    .filteredOn(Comparison.MatrixRow::shared)
                    .extracting(Comparison.MatrixRow::topic)
                    .contains(
                            Topic.of(SubTheme.WERVEN),
                            Topic.of(SubTheme.BEGELEIDEN),
                            Topic.of(SubTheme.VERZUIM_WERKGELUK));
            assertThat(demo.similarities())
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
        });
    }
}
