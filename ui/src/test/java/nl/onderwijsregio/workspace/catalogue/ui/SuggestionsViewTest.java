package nl.onderwijsregio.workspace.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.CatalogueSuggestions;
import nl.onderwijsregio.workspace.catalogue.EntryChange;
import nl.onderwijsregio.workspace.catalogue.Suggestion;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member suggests a correction from the detail panel; the region's list and the maintainer's queue show it. */
class SuggestionsViewTest extends BrowserlessUiTest {

    static final String SUGGESTER = TestRegions.id("veenland");
    static final String OTHER = TestRegions.id("noordkust");

    @Autowired
    CatalogueSuggestions suggestions;

    @BeforeAll
    static void regions(@Autowired RegionAdministration administration) {
        TestRegions.create(administration, SUGGESTER, OTHER);
    }

    @Test
    void a_suggestion_reaches_the_region_list_and_the_maintainers_queue() {
        inTab(AsUser.member(SUGGESTER), SUGGESTER, () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e005")));
            test(find(Button.class).id("suggest-correction")).click();
            test(find(TextArea.class).id("suggestion-text")).setValue("Ook uitsplitsen naar vo graag.");
            test(find(Button.class).id("send-suggestion")).click();
            navigate(SuggestionsView.class);
            assertThat(rows()).anyMatch(s -> s.proposal().equals("Ook uitsplitsen naar vo graag."));
        });
        inTab(AsUser.member(OTHER), OTHER, () -> {
            suggestions.suggest(null, "Een eigen voorstel van de andere regio (test)");
            navigate(SuggestionsView.class);
            assertThat(rows())
                    .as("the other region's own suggestions, without the suggester's")
                    .anyMatch(s -> s.proposal().equals("Een eigen voorstel van de andere regio (test)"))
                    .noneMatch(s -> s.proposal().equals("Ook uitsplitsen naar vo graag."));
        });
        AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> {
            navigate(SuggestionsView.class);
            assertThat(rows())
                    .anyMatch(s -> s.proposal().equals("Ook uitsplitsen naar vo graag.")
                            && s.regionName().equals(TestRegions.name(SUGGESTER))
                            && s.open());
        });
    }

    @Test
    void an_accepted_suggestion_says_verwerkt_once() {
        Suggestion suggested =
                AsUser.member(OTHER).call(OTHER, () -> suggestions.suggest(null, "Een bron om te verwerken (test)"));
        AsUser.withRole(Role.CATALOGUE_ADMIN)
                .run(
                        null,
                        () -> suggestions.accept(
                                suggested.id(),
                                new EntryChange(
                                        "Aantrekken",
                                        "Werven",
                                        "Een verwerkte bron (test)",
                                        "Gemeente",
                                        "Gemeente",
                                        null,
                                        null,
                                        "CLOSED",
                                        java.util.List.of(),
                                        java.util.List.of("GEMEENTE"),
                                        null),
                                0));
        inTab(AsUser.member(OTHER), OTHER, () -> {
            navigate(SuggestionsView.class);
            @SuppressWarnings("unchecked")
            Grid<Suggestion> grid = find(Grid.class).single();
            int row = rows().stream().map(Suggestion::id).toList().indexOf(suggested.id());
            int status = java.util.stream.IntStream.range(0, grid.getColumns().size())
                    .filter(i -> "Uitkomst".equals(test(grid).getHeaderCell(i)))
                    .findFirst()
                    .orElseThrow();
            assertThat(test(grid).getCellText(row, status))
                    .isEqualTo("Verwerkt op voorstel van " + TestRegions.name(OTHER));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_maintainers_decision_buttons_name_the_suggestion_they_decide_starting_with_their_visible_word() {
        String proposal = "Een bron over zij-instromers (knoppen met context)";
        inTab(AsUser.member(SUGGESTER), SUGGESTER, () -> suggestions.suggest(null, proposal));
        AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> {
            navigate(SuggestionsView.class);
            java.util.List<Suggestion> items = rows();
            int row = items.indexOf(items.stream()
                    .filter(s -> s.proposal().equals(proposal))
                    .findFirst()
                    .orElseThrow());
            Grid<Suggestion> grid = find(Grid.class).single();
            var decisions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                    test(grid).getCellComponent(row, grid.getColumns().size() - 1);
            java.util.List<Button> buttons =
                    decisions.getChildren().map(Button.class::cast).toList();
            assertThat(buttons).extracting(Button::getText).containsExactly("Verwerken", "Afwijzen");
            assertThat(buttons.get(0).getAriaLabel())
                    .hasValue("Verwerken: Nieuwe bron – " + proposal + " (" + TestRegions.name(SUGGESTER) + ")");
            assertThat(buttons.get(1).getAriaLabel())
                    .hasValue("Afwijzen: Nieuwe bron – " + proposal + " (" + TestRegions.name(SUGGESTER) + ")");
        });
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Suggestion> rows() {
        Grid<Suggestion> grid = find(Grid.class).single();
        return grid.getGenericDataView().getItems().toList();
    }
}
