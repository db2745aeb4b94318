package nl.onderwijsregio.workspace.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.coverage.AnalysisProgress;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.shell.NotFoundView;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national part Analyses: a row per region with its numbers and status (never text), sortable columns and the
 * downloads; the list of versions shared with the Realisatie-Eenheid opens their text read-only, while a version
 * shared only with neighbours and a concept's working text stay out of sight.
 */
class AnalysesPartTest extends BrowserlessUiTest {

    static final String SHARED = TestRegions.id("analyse-landelijk");
    static final String NEIGHBOURS_ONLY = TestRegions.id("analyse-buren");
    static final String CONCEPT = TestRegions.id("analyse-concept");
    static final String SHARED_TEXT = "Gedeelde tekst " + SHARED;
    static final String CONCEPT_TEXT = "Werktekst " + CONCEPT;
    static final String NEIGHBOURS_TEXT = "Burentekst " + NEIGHBOURS_ONLY;
    static long sharedRelease;
    static long neighboursRelease;

    @BeforeAll
    static void fixture(@Autowired RegionAdministration administration, @Autowired AnalysisService analyses) {
        TestRegions.create(administration, SHARED, NEIGHBOURS_ONLY, CONCEPT);
        sharedRelease = establish(analyses, SHARED, "**" + SHARED_TEXT + "** volgens [[bron:e019]].", false, true);
        neighboursRelease = establish(analyses, NEIGHBOURS_ONLY, NEIGHBOURS_TEXT, true, false);
        AsUser.lead(CONCEPT).run(CONCEPT, () -> {
            Chapter first = analyses.start("Arbeidsmarktanalyse 2026", false)
                    .writtenChapters()
                    .getFirst();
            analyses.save(first.id(), first.revision(), first.title(), CONCEPT_TEXT);
        });
    }

    private static long establish(
            AnalysisService analyses, String region, String text, boolean neighbours, boolean national) {
        return AsUser.lead(region).call(region, () -> {
            Chapter first = analyses.start("Arbeidsmarktanalyse 2026", false)
                    .writtenChapters()
                    .getFirst();
            analyses.save(first.id(), first.revision(), first.title(), text);
            Analysis current = analyses.current().orElseThrow();
            return analyses.changeStatus(
                            current.id(), current.revision(), AnalysisStatus.VASTGESTELD, neighbours, national)
                    .releases()
                    .getFirst()
                    .id();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_region_has_a_row_of_numbers_and_status_sorted_by_name_with_sortable_columns_and_downloads() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, "analyses"));
            assertThat(find(Tabs.class).single().getSelectedTab().getId()).hasValue("tab-analyses");
            Grid<AnalysisProgress> grid = find(Grid.class).id("analyses-grid");
            List<String> regions = column(grid, 0);
            assertThat(regions)
                    .contains(TestRegions.name(SHARED), TestRegions.name(CONCEPT))
                    .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
            assertThat(grid.getColumns())
                    .allSatisfy(c -> assertThat(c.isSortable()).as(c.getKey()).isTrue());

            int shared = regions.indexOf(TestRegions.name(SHARED));
            var tester = test(grid);
            assertThat(tester.getCellText(shared, 1)).isEqualTo("Arbeidsmarktanalyse 2026");
            assertThat(tester.getCellText(shared, 2)).isEqualTo("Vastgesteld");
            assertThat(tester.getCellText(shared, 3)).isEqualTo("1");
            assertThat(tester.getCellText(shared, 4)).matches("\\d{1,2} \\p{L}{3} \\d{4}, \\d{2}:\\d{2}");
            assertThat(tester.getCellText(shared, 5)).isEqualTo("1 van 10");
            assertThat(tester.getCellText(shared, 6)).isEqualTo("1");
            assertThat(tester.getCellText(shared, 7)).isEqualTo("0");
            assertThat(tester.getCellText(shared, 8)).isEqualTo("ja");
            int concept = regions.indexOf(TestRegions.name(CONCEPT));
            assertThat(tester.getCellText(concept, 2)).isEqualTo("Concept");
            assertThat(tester.getCellText(concept, 8)).isEqualTo("nee");

            for (String extension : List.of("csv", "xlsx")) {
                Anchor anchor = find(Anchor.class).id("export-" + CoverageTable.ANALYSES.fileName() + "-" + extension);
                assertThat(anchor.getElement().getAttribute("download")).isEqualTo("analyses-per-regio." + extension);
            }

            String page = UI.getCurrent().getElement().getTextRecursively();
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < grid.getColumns().size(); c++) {
                cells.addAll(column(grid, c));
            }
            assertThat(page + String.join(" ", cells)).doesNotContain(CONCEPT_TEXT, SHARED_TEXT, NEIGHBOURS_TEXT);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_version_shared_with_the_realisatie_eenheid_opens_read_only_and_others_are_not_found() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, "analyses"));
            Grid<Release> list = find(Grid.class).id("shared-analyses-grid");
            List<Release> releases = test(list).size() == 0
                    ? List.of()
                    : java.util.stream.IntStream.range(0, test(list).size())
                            .mapToObj(i -> test(list).getRow(i))
                            .toList();
            assertThat(releases).extracting(Release::id).contains(sharedRelease).doesNotContain(neighboursRelease);
            RouterLink link = (RouterLink) test(list)
                    .getCellComponent(
                            releases.stream().map(Release::id).toList().indexOf(sharedRelease), "text");
            assertThat(link.getId()).hasValue("shared-analysis-" + sharedRelease);
            test(link).click();
            assertThat(find(H1.class).single().getText())
                    .isEqualTo("Arbeidsmarktanalyse 2026 · " + TestRegions.name(SHARED));
            Div chapter = find(Div.class).id("analysis-release-chapter-1");
            assertThat(chapter.getElement().getProperty("innerHTML"))
                    .contains("<strong>" + SHARED_TEXT + "</strong>")
                    .doesNotContain("[[bron:");
            assertThat(find(Div.class).withId("analysis-release-chapter-11").exists())
                    .as("the source account is frozen too")
                    .isTrue();
            for (String extension : List.of("docx", "pdf", "md")) {
                assertThat(find(Anchor.class)
                                .id("analysis-release-" + extension)
                                .getElement()
                                .getAttribute("download"))
                        .endsWith("." + extension)
                        .contains(SHARED);
            }
            assertThat(find(RouterLink.class).id("analysis-release-back").getHref())
                    .isEqualTo("landelijk?deel=analyses");

            navigate("landelijk/analyse/" + neighboursRelease, NotFoundView.class);
            navigate("landelijk/analyse/999999999", NotFoundView.class);
        });
        inTab(
                AsUser.lead(SHARED),
                SHARED,
                () -> navigate("landelijk/analyse/" + sharedRelease, AccessDeniedView.class));
    }

    private <T> List<String> column(Grid<T> grid, int column) {
        var tester = test(grid);
        List<String> values = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            values.add(tester.getCellText(row, column));
        }
        return values;
    }
}
