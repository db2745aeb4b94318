package nl.onderwijsregio.workspace.priorities.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.priorities.Comparison;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.junit.jupiter.api.Test;

/** The comparison: neighbours by default, shared sub-themes highlighted, the chart also as a table, the address. */
class ComparisonViewTest extends BrowserlessUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void veenland_sees_its_neighbours_with_shared_priorities_highlighted_and_the_chart_as_a_table() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            navigate(ComparisonView.class);
            MultiSelectComboBox<Region> chosen = find(MultiSelectComboBox.class).id("compare-regions");
            assertThat(chosen.getValue()).extracting(Region::id).contains("veenland", "noordkust", "rivierenland");

            Grid<Comparison.MatrixRow> matrix = find(Grid.class).id("priority-matrix");
            assertThat(test(matrix).getHeaderCell(0)).isEqualTo("Subthema");
            assertThat(matrix.getThemeNames())
                    .as("long topics such as 'Aantrekken · werven' wrap instead of being cut off")
                    .contains("wrap-cell-content");
            assertThat(matrix.getColumns().getFirst().getTooltipGenerator()).isNotNull();
            assertThat(test(matrix).getHeaderCell(1)).isEqualTo("Onderwijsregio Veenland");
            List<Comparison.MatrixRow> rows =
                    matrix.getListDataView().getItems().toList();
            Comparison.MatrixRow werven = rows.stream()
                    .filter(r -> r.topic().equals(Topic.of(SubTheme.WERVEN)))
                    .findFirst()
                    .orElseThrow();
            assertThat(werven.shared()).isTrue();
            int wervenRow = rows.indexOf(werven);
            assertThat(matrix.getPartNameGenerator().apply(werven)).isEqualTo("shared");
            assertThat(test(matrix).getCellText(wervenRow, matrix.getColumns().size() - 1))
                    .isEqualTo("Gedeeld");
            assertThat(test(matrix).getCellText(wervenRow, 1)).isEqualTo("1");

            Grid<?> table = find(Grid.class).id("priority-chart-table");
            assertThat(test(table).size())
                    .as("the ABC themes and the three of the regional context")
                    .isEqualTo(6);
            assertThat(find(Div.class).id("priority-chart").getElement().getAttribute("aria-label"))
                    .contains("Onderwijsregio Noordkust");
            assertThat(find(Div.class).id("priority-similarity").getChildren().count())
                    .isEqualTo(2);
            assertThat(find(Div.class).id("priority-columns").getElement().getOuterHTML())
                    .contains("shared");
            assertThat(find(Anchor.class).id("export-csv").getHref()).isNotBlank();
            assertThat(find(Anchor.class).id("export-pdf").getHref()).isNotBlank();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_regions_come_from_the_address_and_the_nation_sees_published_priorities_only() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent()
                    .navigate(
                            "prioriteiten/vergelijken",
                            QueryParameters.full(
                                    Map.of(ComparisonView.PARAMETER, new String[] {"stedenband", "rivierenland"})));
            MultiSelectComboBox<Region> chosen = find(MultiSelectComboBox.class).id("compare-regions");
            assertThat(chosen.getValue())
                    .extracting(Region::id)
                    .containsExactlyInAnyOrder("stedenband", "rivierenland");
            assertThat(find(Div.class).withId("priority-similarity").exists()).isFalse();
            Grid<Comparison.MatrixRow> matrix = find(Grid.class).id("priority-matrix");
            assertThat(test(matrix).getHeaderCell(1)).isEqualTo("Onderwijsregio Rivierenland");
            assertThat(find(Div.class).id("priority-columns").getElement().getOuterHTML())
                    .doesNotContain("Concept")
                    .contains("Verzuim samen terugdringen");
        });
    }

    @Test
    void national_staff_have_no_region_so_no_link_to_their_regions_priorities() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            navigate(ComparisonView.class);
            assertThat(ownPrioritiesLinks())
                    .as("a member's link to the own list")
                    .hasSize(1);
        });
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent().navigate(ComparisonView.class);
            assertThat(find(MultiSelectComboBox.class).id("compare-regions").isVisible())
                    .isTrue();
            assertThat(ownPrioritiesLinks()).isEmpty();
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .noneMatch(text -> text.contains("Je regio"))
                    .anyMatch(text -> text.contains("gepubliceerde prioriteiten"));
        });
    }

    private List<RouterLink> ownPrioritiesLinks() {
        return find(RouterLink.class).all().stream()
                .filter(link -> link.getText().equals("Prioriteiten van je regio"))
                .toList();
    }
}
