package nl.onderwijsregio.workspace.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.register.HolderKind;
import nl.onderwijsregio.workspace.register.RegisterDraft;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.AccessDeniedView;
import nl.onderwijsregio.workspace.shell.EChart;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The national overview: the matrix with the demo regions' numbers, a drill-down that never shows notes or contact
 * persons, every part with its downloads, and the Dutch no-access page for region staff.
 */
class NationalViewTest extends BrowserlessUiTest {

    /** A region of this test's own, to search the matrix for: other tests add regions with names alike. */
    static final String OWN = TestRegions.id("zoekregio");

    @Autowired
    RegisterService register;

    @Autowired
    nl.onderwijsregio.workspace.coverage.CoverageService coverage;

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, OWN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_matrix_shows_the_regions_and_a_cell_opens_the_lines_without_notes_or_contacts() {
        AsUser.lead("noordkust")
                .run(
                        "noordkust",
                        () -> register.create(new RegisterDraft(
                                "e053",
                                null,
                                "Verzuim per school (landelijk scherm)",
                                null,
                                null,
                                HolderKind.BESTUUR,
                                "Stichting Geheimhouding",
                                null,
                                LocalDate.now().minusDays(3),
                                LocalDate.now(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Piet Contact",
                                "Directeur",
                                "GEHEIME NOTITIE")));
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            navigate(NationalView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Landelijk overzicht");
            Grid<CoverageMatrix.RegionRow> matrix = find(Grid.class).id("coverage-matrix");
            List<String> regions = rows(matrix, 0);
            assertThat(regions).contains("Onderwijsregio Noordkust", "Onderwijsregio Veenland");
            Button cell =
                    (Button) test(matrix).getCellComponent(regions.indexOf("Onderwijsregio Noordkust"), "behouden");
            assertThat(cell.getId()).hasValue("cell-noordkust-behouden");
            assertThat(cell.getText()).matches("\\d+/6 · \\d+ ontv\\.");
            // the accessible name starts with the visible text (WCAG 2.5.3, axe label-content-name-mismatch)
            assertThat(cell.getAriaLabel())
                    .get()
                    .asString()
                    .startsWith(cell.getText() + ". Onderwijsregio Noordkust, Behouden: ");

            assertThat(regions).contains(TestRegions.name(OWN));
            test(find(TextField.class).id("matrix-search")).setValue(OWN.toUpperCase(java.util.Locale.ROOT));
            assertThat(rows(matrix, 0)).containsExactly(TestRegions.name(OWN));
            test(find(TextField.class).id("matrix-search")).setValue("");

            test(cell).click();
            Grid<Object> lines = find(Grid.class).id("lines-grid");
            List<String> text = allText(lines);
            assertThat(text).contains("Onderwijsregio Noordkust", "e053", "Gewenst");
            String dialog = find(LinesDialog.class).single().getElement().getTextRecursively();
            assertThat(String.join(" ", text) + dialog)
                    .doesNotContain("GEHEIME NOTITIE", "Piet Contact", "Stichting Geheimhouding", "Directeur");
            int all = test(lines).size();
            test(find(Checkbox.class).id("lines-received-only")).click();
            assertThat(test(lines).size()).isPositive().isLessThanOrEqualTo(all);
            assertThat(find(Anchor.class).id("export-register-regels-csv").getHref())
                    .isNotBlank();
            assertThat(find(Anchor.class)
                            .id("export-register-regels-xlsx")
                            .getElement()
                            .getAttribute("download"))
                    .isEqualTo("register-regels.xlsx");
            assertThat(find(Anchor.class)
                            .id("export-" + CoverageTable.MATRIX.fileName() + "-csv")
                            .getElement()
                            .getAttribute("download"))
                    .isEqualTo("dekking-per-regio-en-thema.csv");
        });
    }

    @Test
    void every_part_renders_with_its_tables_and_downloads_and_lives_in_the_address() {
        record Expect(String part, String grid, CoverageTable... tables) {}
        List<Expect> parts = List.of(
                new Expect("dekking", "coverage-matrix", CoverageTable.MATRIX),
                new Expect("bronnen", "sources-grid", CoverageTable.SOURCES),
                new Expect(
                        "gaten",
                        "gaps-unused",
                        CoverageTable.UNUSED_ENTRIES,
                        CoverageTable.WITHOUT_RECEIVED,
                        CoverageTable.INACTIVE),
                new Expect("prioriteiten", "priorities-grid", CoverageTable.PRIORITIES),
                new Expect("bevindingen", "findings-grid", CoverageTable.FINDINGS),
                new Expect("trend", "trend-grid", CoverageTable.TREND),
                new Expect("analyses", "analyses-grid", CoverageTable.ANALYSES));
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            for (Expect expect : parts) {
                UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, expect.part()));
                assertThat(find(Grid.class).withId(expect.grid()).exists())
                        .as(expect.part())
                        .isTrue();
                assertThat(find(Tabs.class).single().getSelectedTab().getId()).hasValue("tab-" + expect.part());
                for (CoverageTable table : expect.tables()) {
                    for (String extension : List.of("csv", "xlsx")) {
                        Anchor anchor = find(Anchor.class).id("export-" + table.fileName() + "-" + extension);
                        assertThat(anchor.getElement().getAttribute("download"))
                                .isEqualTo(table.fileName() + "." + extension);
                    }
                }
                for (EChart chart : find(EChart.class).all()) {
                    assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
                    assertThat(chart.getElement().getAttribute("aria-label")).isNotBlank();
                    assertThat(chart.option()).startsWith("{").endsWith("}");
                }
            }
            assertThat(find(Anchor.class).withId("shared-findings-link").exists())
                    .isFalse();
            UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, "bevindingen"));
            assertThat(find(Anchor.class).id("shared-findings-link").getHref()).isEqualTo("bevindingen");

            test(find(Tabs.class).single()).select(1);
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                    .isEqualTo("landelijk?deel=bronnen");
            assertThat(find(Grid.class).withId("sources-grid").exists()).isTrue();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_unused_sources_come_in_pages_of_twenty_and_by_theme_with_the_catalogues_access_terms() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, "gaten"));
            Grid<nl.onderwijsregio.workspace.coverage.UnusedEntry> grid =
                    find(Grid.class).id("gaps-unused");
            int all = coverage.gaps().unusedEntries().size();
            assertThat(all).as("the demo catalogue leaves many sources unused").isGreaterThan(40);
            assertThat(test(grid).size()).isEqualTo(20);
            Span position = find(Span.class).id("gaps-unused-position");
            assertThat(position.getText()).isEqualTo("1–20 van " + all);
            test(find(Button.class).id("gaps-unused-next")).click();
            assertThat(position.getText()).isEqualTo("21–40 van " + all);
            assertThat(test(grid).size()).isEqualTo(20);
            assertThat(grid.getGenericDataView().getItems())
                    .extracting(u -> u.access())
                    .isNotEmpty();
            int access = java.util.stream.IntStream.range(0, grid.getColumns().size())
                    .filter(i -> "Toegang".equals(test(grid).getHeaderCell(i)))
                    .findFirst()
                    .orElseThrow();
            for (int row = 0; row < test(grid).size(); row++) {
                assertThat(test(grid).getCellText(row, access)).isIn("Openbaar", "Gesloten (op aanvraag)");
            }

            ComboBox<nl.onderwijsregio.workspace.themes.Theme> theme =
                    find(ComboBox.class).id("gaps-unused-theme");
            nl.onderwijsregio.workspace.themes.Theme first =
                    theme.getListDataView().getItems().findFirst().orElseThrow();
            theme.setValue(first);
            long inTheme = coverage.gaps().unusedEntries().stream()
                    .filter(u -> u.theme() == first)
                    .count();
            assertThat(test(grid).size()).isEqualTo((int) Math.min(20, inTheme));
            assertThat(grid.getGenericDataView().getItems()).allMatch(u -> u.theme() == first);
        });
    }

    @Test
    void the_trend_has_a_chart_whose_label_names_the_numbers() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent().navigate(NationalView.class, QueryParameters.of(NationalView.PART, "trend"));
            EChart chart = find(EChart.class).id("trend-chart");
            assertThat(chart.getElement().getAttribute("aria-label"))
                    .startsWith("Lijndiagram")
                    .contains("ontvangen");
            assertThat(chart.option()).contains("\"type\":\"line\"");
        });
    }

    @Test
    void region_staff_get_the_dutch_no_access_page() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate("landelijk", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
        });
    }

    private <T> List<String> rows(Grid<T> grid, int column) {
        var tester = test(grid);
        List<String> values = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            values.add(tester.getCellText(row, column));
        }
        return values;
    }

    private <T> List<String> allText(Grid<T> grid) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < grid.getColumns().size(); column++) {
            values.addAll(rows(grid, column));
        }
        return values;
    }
}
