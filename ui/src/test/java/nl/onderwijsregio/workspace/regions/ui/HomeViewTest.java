package nl.onderwijsregio.workspace.regions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The region home: first the choice of region, then the region's own page. */
class HomeViewTest extends BrowserlessUiTest {

    @Autowired
    RegionChoice choice;
    private ActiveRegion.Scope scope;

    @AfterEach
    void leaveRegion() {
        if (scope != null) {
            scope.close();
        }
    }

    @Test
    void without_a_region_the_home_page_asks_which_region_you_work_for() {
        navigate(HomeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Voor welke regio werk je?");
        assertThat(find(Button.class).all()).extracting(Button::getText)
                .contains("Onderwijsregio Noordkust", "Onderwijsregio Veenland", "Onderwijsregio Groen (landelijk)");

        test(find(Button.class).withText("Onderwijsregio Veenland").single()).click();
        assertThat(choice.current()).get().extracting(r -> r.id()).isEqualTo("veenland");
    }

    @Test
    void a_region_home_shows_its_name_demo_marker_and_neighbours() {
        workFor("veenland");
        navigate(HomeView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Onderwijsregio Veenland");
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Onderwijsregio Noordkust", "Onderwijsregio Rivierenland");
        assertThat(find(Span.class).withText("Demogegevens").exists()).isTrue();
    }

    @Test
    void the_profile_is_validated_in_dutch_then_saved_and_logged() {
        workFor("rivierenland");
        navigate(HomeView.class);
        test(find(Button.class).id("edit-profile")).click();
        test(find(TextArea.class).single()).setValue("Wij zijn Rivierenland.");
        test(find(TextField.class).withCaption("Website").single()).setValue("geen-adres");
        test(find(Button.class).withText("Opslaan").single()).click();
        TextField website = find(TextField.class).withCaption("Website").single();
        assertThat(website.isInvalid()).isTrue();
        assertThat(website.getErrorMessage()).isEqualTo("Geef een webadres dat begint met http:// of https://.");

        test(website).setValue("https://rivierenland.example");
        test(find(EmailField.class).single()).setValue("info@rivierenland.example");
        test(find(Button.class).withText("Opslaan").single()).click();

        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(find(Paragraph.class).withText("Wij zijn Rivierenland.").exists()).isTrue();
        assertThat(find(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.startsWith("Regioprofiel bijgewerkt"));
    }

    @Test
    void the_neighbours_page_lists_the_neighbours_of_the_active_region_only() {
        workFor("noordkust");
        navigate(NeighboursView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Onderwijsregio Noordkust"));
    }

    private void workFor(String region) {
        choice.choose(region);
        scope = ActiveRegion.enter(region);
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
