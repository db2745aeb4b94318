package nl.onderwijsregio.workspace.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.FacetCount;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/**
 * The catalogue screen: search and filters follow the URL, the detail opens, sensitive data carries a caution; a
 * visitor who is not signed in browses it read-only.
 */
class CatalogueViewTest extends BrowserlessUiTest {

    private static final AsUser MEMBER = AsUser.member("noordkust");

    @Test
    void a_search_in_the_url_shows_its_count_and_keeps_the_text() {
        inTab(MEMBER, "noordkust", () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("q", "verzuim")));
            assertThat(find(TextField.class).id("catalogue-search").getValue()).isEqualTo("verzuim");
            assertThat(find(Span.class).withClassName("total").single().getText())
                    .endsWith("bronnen");
        });
    }

    @Test
    void ticking_a_facet_narrows_the_result_and_lands_in_the_url() {
        inTab(MEMBER, "noordkust", () -> {
            navigate(CatalogueView.class);
            String before = find(Span.class).withClassName("total").single().getText();
            @SuppressWarnings("unchecked")
            CheckboxGroup<FacetCount> access = find(CheckboxGroup.class).id("facet-toegang");
            FacetCount closed = access.getListDataView()
                    .getItems()
                    .filter(c -> c.value().equals("CLOSED"))
                    .findFirst()
                    .orElseThrow();
            test(access).selectItem(access.getItemLabelGenerator().apply(closed));
            assertThat(UI.getCurrent()
                            .getActiveViewLocation()
                            .getQueryParameters()
                            .getParameters())
                    .containsEntry("toegang", List.of("CLOSED"));
            assertThat(find(Span.class).withClassName("total").single().getText())
                    .isNotEqualTo(before)
                    .isEqualTo(closed.count() + " bronnen");
        });
    }

    @Test
    void an_entry_opens_in_the_detail_panel_with_the_caution_for_sensitive_data() {
        inTab(MEMBER, "noordkust", () -> {
            UI.getCurrent()
                    .navigate("catalogus", QueryParameters.simple(Map.of("thema", "Kansengelijkheid", "bron", "e075")));
            assertThat(find(H2.class).id("entry-title").getText()).isNotBlank();
            assertThat(find(Paragraph.class).withClassName("notice").single().getText())
                    .contains("kansengelijkheid");
        });
    }

    @Test
    void the_changelog_shows_the_import_of_the_release() {
        inTab(MEMBER, "noordkust", () -> {
            navigate(ChangelogView.class);
            @SuppressWarnings("unchecked")
            Grid<nl.onderwijsregio.workspace.catalogue.CatalogueChange> grid =
                    find(Grid.class).single();
            assertThat(grid.getGenericDataView().getItems())
                    .anyMatch(c -> c.action().equals("RELEASE_IMPORTED"));
        });
    }

    @Test
    void the_partners_page_lists_every_partner() {
        inTab(MEMBER, "noordkust", () -> {
            navigate(PartnersView.class);
            assertThat(test(find(Grid.class).single()).size()).isEqualTo(20);
        });
    }

    @Test
    void the_maintainer_edits_an_entry_from_the_detail_panel_and_a_member_cannot() {
        AsUser.withRole(Role.CATALOGUE_ADMIN).run(null, () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e020")));
            test(find(Button.class).id("edit-entry")).click();
            List<String> labels = new java.util.ArrayList<>();
            collectLabels(find(EntryEditor.class).single(), labels);
            assertThat(labels).as("every field of the editor has its own label").doesNotHaveDuplicates();
            TextArea information = find(TextArea.class).single();
            test(information).setValue("");
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(information.getErrorMessage()).isEqualTo("Beschrijf welke informatie het is.");
            test(information).setValue("Aangepaste omschrijving (test)");
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(find(H2.class).id("entry-title").getText()).isEqualTo("Aangepaste omschrijving (test)");
            assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
                    .extracting(item -> item.getElement().getTextRecursively())
                    .anyMatch(text -> text.endsWith(" · gewijzigd: informatie"))
                    .noneMatch(text -> text.toLowerCase().contains("gewijzigd: gewijzigd"));
        });
        inTab(MEMBER, "noordkust", () -> {
            // another screen first: navigating to the same route would reuse the maintainer's view instance
            navigate(PartnersView.class);
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e020")));
            assertThat(find(H2.class).id("entry-title").getText()).isEqualTo("Aangepaste omschrijving (test)");
            assertThat(find(Button.class).withId("edit-entry").exists()).isFalse();
            assertThat(find(Button.class).withId("new-entry").exists()).isFalse();
        });
    }

    @Test
    void a_visitor_without_login_searches_filters_and_opens_an_entry_but_sees_nothing_of_a_region() {
        UI.getCurrent()
                .navigate(
                        "catalogus",
                        QueryParameters.simple(Map.of("q", "verzuim", "toegang", "CLOSED", "bron", "e075")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CatalogueView.class);
        assertThat(find(TextField.class).id("catalogue-search").getValue()).isEqualTo("verzuim");
        assertThat(find(Span.class).withClassName("total").single().getText()).endsWith("bronnen");
        assertThat(find(H2.class).id("entry-title").getText()).isNotBlank();
        assertThat(find(Button.class).id("catalogue-login").getText()).isEqualTo("Inloggen");
        assertThat(find(Button.class).id("login").getText()).isEqualTo("Inloggen");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .id("public-notice")
                        .getElement()
                        .getTextRecursively())
                .contains("openbaar");

        assertThat(find(Button.class).withId("suggest-source").exists()).isFalse();
        assertThat(find(Button.class).withId("suggest-correction").exists()).isFalse();
        assertThat(find(Button.class).withId("add-to-register").exists()).isFalse();
        assertThat(find(Span.class).withId("register-status-of-entry").exists()).isFalse();
        assertThat(find(Button.class).withId("edit-entry").exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.details.Details.class).exists())
                .as("the history names people")
                .isFalse();
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withText("Wijzigingen in de catalogus")
                        .exists())
                .isFalse();
    }

    @Test
    void a_signed_in_member_sees_the_suggestions_and_the_register_of_the_region_instead_of_the_invitation() {
        inTab(MEMBER, "noordkust", () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e075")));
            assertThat(find(Button.class).id("suggest-correction").isVisible()).isTrue();
            assertThat(find(Button.class).withId("catalogue-login").exists()).isFalse();
            assertThat(find(com.vaadin.flow.component.details.Details.class).exists())
                    .isTrue();
        });
    }

    @Test
    void a_visitor_without_login_reads_the_partners_but_not_the_changelog_or_the_register() {
        navigate(PartnersView.class);
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(20);
        UI.getCurrent().navigate("catalogus/wijzigingen");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(ChangelogView.class);
        UI.getCurrent().navigate("register");
        assertThat(UI.getCurrent().getCurrentView())
                .isNotInstanceOf(nl.onderwijsregio.workspace.register.ui.RegisterView.class);
        UI.getCurrent().navigate("bevindingen");
        assertThat(UI.getCurrent().getCurrentView())
                .isNotInstanceOf(nl.onderwijsregio.workspace.findings.ui.FindingsView.class);
    }

    private static void collectLabels(com.vaadin.flow.component.Component parent, List<String> labels) {
        parent.getChildren().forEach(child -> {
            if (child instanceof com.vaadin.flow.component.HasLabel field && field.getLabel() != null) {
                labels.add(field.getLabel());
            }
            collectLabels(child, labels);
        });
    }
}
