package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/** The catalogue detail names the areas of the entry's level that cover the active region. */
class AreaOfEntryTest extends BrowserlessUiTest {

    @Test
    void an_entry_per_arbeidsmarktregio_names_the_labour_market_region_of_noordkust() {
        inTab(AsUser.member("noordkust"), "noordkust", () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e026")));
            assertThat(find(H2.class).id("entry-title").getText()).startsWith("Spanningsindicator");
            assertThat(find(Paragraph.class)
                            .from(find(Div.class).id("area-hint"))
                            .all())
                    .extracting(Paragraph::getText)
                    .containsExactly("Voor jouw regio: arbeidsmarktregio Groningen");
        });
    }

    @Test
    void an_entry_per_corop_area_lists_every_corop_area_of_veenland() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e073")));
            assertThat(find(Paragraph.class)
                            .from(find(Div.class).id("area-hint"))
                            .all())
                    .extracting(Paragraph::getText)
                    .singleElement()
                    .asString()
                    .startsWith("Voor jouw regio: COROP-gebieden ")
                    .contains("Oost-Groningen", " en ");
        });
    }

    @Test
    void an_entry_at_another_level_has_no_area_hint() {
        inTab(AsUser.member("noordkust"), "noordkust", () -> {
            UI.getCurrent().navigate("catalogus", QueryParameters.simple(Map.of("bron", "e020")));
            assertThat(find(H2.class).id("entry-title").getText()).isNotBlank();
            assertThat(find(Div.class).withId("area-hint").exists()).isFalse();
        });
    }
}
