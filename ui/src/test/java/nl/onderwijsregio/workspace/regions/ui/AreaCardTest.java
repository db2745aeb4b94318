package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/** The region home's area: map with the neighbours by border (links, titles), summary, table and attribution. */
class AreaCardTest extends BrowserlessUiTest {

    @Test
    void the_home_of_noordkust_shows_its_municipalities_on_the_map_with_veenland_beside_it() {
        inTab(AsUser.member("noordkust"), "noordkust", () -> {
            navigate(HomeView.class);
            Div card = find(Div.class).id("area-card");
            assertThat(find(Paragraph.class).from(card).all())
                    .extracting(Paragraph::getText)
                    .contains(
                            "De regio bestaat uit 2 gemeenten: Eemsdelta, Het Hogeland. Grenst aan: Onderwijsregio"
                                    + " Veenland.",
                            "Grenzen: CBS Gebiedsindelingen 2025 via PDOK, CC BY 4.0 (vereenvoudigd).");
            String svg = find(Html.class).from(card).single().getInnerHtml();
            assertThat(svg)
                    .contains("role=\"group\"", "aria-label=\"Onderwijsregio Noordkust\"")
                    .contains("<a href=\"buurregios\" aria-label=\"Onderwijsregio Veenland\">")
                    .contains("<title>Onderwijsregio Noordkust</title>", "<title>Groningen</title>")
                    .doesNotContain("Onderwijsregio Stedenband");
            NativeTable table = find(NativeTable.class).from(card).single();
            assertThat(table.getCaptionText()).isEqualTo("Gemeenten van Onderwijsregio Noordkust");
            assertThat(table.getBody().getRows())
                    .extracting(r -> r.getElement().getTextRecursively())
                    .hasSize(2)
                    .allMatch(text -> text.contains("Groningen"))
                    .anyMatch(text -> text.startsWith("Het Hogeland (GM1966)"));
        });
    }

    @Test
    void a_national_region_has_no_area_card() {
        inTab(AsUser.member("groen-landelijk"), "groen-landelijk", () -> {
            navigate(HomeView.class);
            assertThat(find(Paragraph.class).all()).isNotEmpty();
            assertThat(find(Div.class).withId("area-card").exists()).isFalse();
        });
    }
}
