package nl.onderwijsregio.workspace.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import nl.onderwijsregio.workspace.themes.Sector;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The visibility matrix through the services: who reads, comments on and edits a finding of the author region written
 * by one of its members, for a draft and for each visibility. The regions are this test's own: the neighbour region
 * borders the author region, the non-neighbour does not, the national region is national (no neighbours), and
 * "national" is national staff without a region.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class FindingVisibilityTest extends DatabaseTest {

    static final String AUTHOR_REGION = TestRegions.id("noordkust");
    static final String NEIGHBOUR_REGION = TestRegions.id("veenland");
    static final String NON_NEIGHBOUR_REGION = TestRegions.id("stedenband");
    static final String NATIONAL_REGION_ID = TestRegions.id("groen-landelijk");
    /** Shared with all, so that every viewer's list has something in it. */
    static long sharedWithAll;

    enum Viewer {
        AUTHOR_REGION_LEAD(AsUser.lead(AUTHOR_REGION), AUTHOR_REGION),
        NEIGHBOUR(AsUser.lead(NEIGHBOUR_REGION), NEIGHBOUR_REGION),
        NON_NEIGHBOUR(AsUser.lead(NON_NEIGHBOUR_REGION), NON_NEIGHBOUR_REGION),
        NATIONAL_REGION(AsUser.lead(NATIONAL_REGION_ID), NATIONAL_REGION_ID),
        NATIONAL_USER(AsUser.withRole(Role.NATIONAL), null);

        final AsUser user;
        final String region;

        Viewer(AsUser user, String region) {
            this.user = user;
            this.region = region;
        }
    }

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration, @Autowired FindingService findings) {
        TestRegions.create(administration, AUTHOR_REGION, NEIGHBOUR_REGION, NON_NEIGHBOUR_REGION);
        TestRegions.createNational(administration, NATIONAL_REGION_ID);
        TestRegions.neighbours(administration, AUTHOR_REGION, NEIGHBOUR_REGION);
        sharedWithAll = AsUser.member(AUTHOR_REGION)
                .call(AUTHOR_REGION, () -> findings.create(draft("Voor iedereen", State.ALL)))
                .id();
    }

    enum State {
        DRAFT,
        OWN,
        NEIGHBOURS,
        ALL
    }

    @Autowired
    FindingService findings;

    @Autowired
    SharedFindings shared;

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (State state : State.values()) {
            for (Viewer viewer : Viewer.values()) {
                boolean read = switch (viewer) {
                    case AUTHOR_REGION_LEAD -> true;
                    case NEIGHBOUR -> state == State.NEIGHBOURS || state == State.ALL;
                    case NON_NEIGHBOUR, NATIONAL_REGION, NATIONAL_USER -> state == State.ALL;
                };
                boolean comment = read && state != State.DRAFT && viewer != Viewer.NATIONAL_USER;
                boolean edit = viewer == Viewer.AUTHOR_REGION_LEAD;
                cells.add(Arguments.of(state, viewer, "read", read));
                cells.add(Arguments.of(state, viewer, "comment", comment));
                cells.add(Arguments.of(state, viewer, "edit", edit));
            }
        }
        return cells.stream();
    }

    static FindingDraft draft(String title, State state) {
        Visibility visibility = state == State.DRAFT ? Visibility.NEIGHBOURS : Visibility.valueOf(state.name());
        return new FindingDraft(
                title,
                "Tekst van " + title,
                Theme.BEHOUDEN,
                SubTheme.BEGELEIDEN,
                FindingKind.INTERVIEW,
                LocalDate.of(2026, 3, 1),
                null,
                Set.of(Sector.PO),
                List.of(),
                List.of(),
                state != State.DRAFT,
                visibility);
    }

    @ParameterizedTest(name = "{2} a finding ({0}) as {1}: allowed={3}")
    @MethodSource("matrix")
    void exactly_the_intended_people_read_comment_and_edit(State state, Viewer viewer, String action, boolean allowed) {
        Finding finding = AsUser.member(AUTHOR_REGION)
                .call(
                        AUTHOR_REGION,
                        () -> findings.create(draft(
                                "Matrix " + state + " " + viewer + " " + action + " " + word(state, viewer, action),
                                state)));
        Runnable attempt = switch (action) {
            case "read" ->
                viewer == Viewer.NATIONAL_USER ? () -> shared.get(finding.id()) : () -> findings.get(finding.id());
            case "comment" -> () -> findings.comment(finding.id(), "Reactie van " + viewer);
            case "edit" ->
                () -> findings.update(finding.id(), finding.revision(), draft("Gewijzigd " + finding.title(), state));
            default -> throw new IllegalArgumentException(action);
        };
        assertThat(succeeds(viewer, attempt)).isEqualTo(allowed);
        if (action.equals("read")) {
            assertThat(listed(viewer, sharedWithAll))
                    .as("the viewer's list shows what is shared with all")
                    .isTrue();
            assertThat(listed(viewer, finding.id()))
                    .as("listed in the viewer's lists")
                    .isEqualTo(allowed);
            assertThat(found(viewer, word(state, viewer, action), finding.id()))
                    .as("found by the words of its title (V32's finding_search_ids keeps the rule of finding_read)")
                    .isEqualTo(allowed);
        }
    }

    private static boolean succeeds(Viewer viewer, Runnable attempt) {
        try {
            viewer.user.run(viewer.region, attempt);
            return true;
        } catch (AccessDeniedException | NoSuchElementException | FindingRuleException refused) {
            return false;
        }
    }

    /** A word only this cell's finding has: letters only, so that the text search sees one word. */
    private static String word(State state, Viewer viewer, String action) {
        return ("zoek" + state + viewer + action).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private boolean found(Viewer viewer, String word, long id) {
        FindingFilter filter = FindingFilter.text(word);
        return viewer.user.call(
                viewer.region,
                () -> (viewer == Viewer.NATIONAL_USER
                                ? shared.page(filter, 0, 200)
                                : findings.page(FindingScope.VISIBLE, filter, 0, 200))
                        .stream().anyMatch(f -> f.id() == id));
    }

    private boolean listed(Viewer viewer, long id) {
        return viewer.user.call(
                viewer.region,
                () -> (viewer == Viewer.NATIONAL_USER
                                ? shared.page(FindingFilter.NONE, 0, 200)
                                : findings.page(FindingScope.VISIBLE, FindingFilter.NONE, 0, 200))
                        .stream().anyMatch(f -> f.id() == id));
    }
}
