package nl.onderwijsregio.workspace.coverage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/** Landelijk overzicht › Kaart: the regions coloured by a measure, links to the drill-down, the same numbers as text. */
class NationalMapTest extends BrowserlessUiTest {

    @Test
    void national_sees_the_demo_regions_on_the_map_with_links_a_table_and_the_attribution() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent().navigate("landelijk", QueryParameters.simple(Map.of("deel", "kaart")));
            Div map = find(Div.class).id("national-map");
            String svg = find(Html.class).from(map).single().getInnerHtml();
            assertThat(svg)
                    .contains("<a href=\"landelijk?deel=kaart&amp;meting=dekking&amp;regio=noordkust\"")
                    .contains("aria-label=\"Onderwijsregio Veenland: ")
                    .contains("hoort bij geen regio</title>")
                    .doesNotContain("Onderwijsregio Groen (landelijk)");
            NativeTable table = find(NativeTable.class).from(map).single();
            assertThat(table.getBody().getRows())
                    .extracting(r -> r.getElement().getTextRecursively())
                    .anyMatch(t -> t.startsWith("Onderwijsregio Noordkust") && t.contains("% van de thema's"));
            assertThat(find(Anchor.class).from(table).all())
                    .extracting(Anchor::getHref)
                    .contains("landelijk?deel=kaart&meting=dekking&regio=stedenband");
            assertThat(find(Paragraph.class).from(map).all())
                    .extracting(Paragraph::getText)
                    .anyMatch(t -> t.startsWith("Grenzen: CBS Gebiedsindelingen"))
                    .anyMatch(t -> t.matches("\\d+ regio's met een gebied op de kaart, gekleurd naar Dekking.*"));
            assertThat(find(Details.class).id("map-unassigned").getSummaryText())
                    .startsWith("Gemeenten zonder regio (");
        });
    }

    @Test
    void a_region_on_the_map_opens_its_drill_down_and_the_measure_can_be_switched() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            UI.getCurrent()
                    .navigate(
                            "landelijk",
                            QueryParameters.simple(Map.of("deel", "kaart", "meting", "analyse", "regio", "veenland")));
            Div panel = find(Div.class).id("map-region");
            assertThat(find(H3.class).from(panel).single().getText()).isEqualTo("Onderwijsregio Veenland");
            assertThat(find(Paragraph.class).from(panel).all())
                    .extracting(Paragraph::getText)
                    .contains(
                            "4 gemeenten: Borger-Odoorn, Midden-Groningen, Stadskanaal, Veendam",
                            "Grenst aan: Onderwijsregio Noordkust, Onderwijsregio Rivierenland");
            assertThat(find(NativeTable.class).from(panel).single().getBody().getRows())
                    .isNotEmpty();
            @SuppressWarnings("unchecked")
            Select<RegionMap.Measure> measure = find(Select.class).id("map-measure");
            assertThat(measure.getValue()).isEqualTo(RegionMap.Measure.ANALYSE);
            test(measure).selectItem("Ontvangen gesloten data");
            assertThat(find(Html.class)
                            .from(find(Div.class).id("national-map"))
                            .single()
                            .getInnerHtml())
                    .contains("meting=ontvangen&amp;regio=veenland");
        });
    }
}
