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
import java.util.List;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home page: the choice of region for people in several, the region's own page, and the homes without one. */
class HomeViewTest extends BrowserlessUiTest {

    private static final AsUser MULTI =
            new AsUser("multi.test", List.of(Role.REGIO_MEMBER), List.of("veenland", "rivierenland"));

    @Autowired
    RegionChoice choice;

    @Test
    void a_person_in_two_regions_first_chooses_one_of_their_own() {
        MULTI.run(null, () -> {
            navigate(HomeView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(find(H1.class).single().getText()).isEqualTo("Voor welke regio werk je?");
            assertThat(find(Button.class).all())
                    .extracting(Button::getText)
                    .contains("Onderwijsregio Veenland", "Onderwijsregio Rivierenland")
                    .doesNotContain("Onderwijsregio Noordkust");
            test(find(Button.class).withText("Onderwijsregio Rivierenland").single())
                    .click();
            assertThat(choice.current()).get().extracting(r -> r.id()).isEqualTo("rivierenland");
        });
    }

    @Test
    void a_region_home_shows_its_name_demo_marker_and_neighbours() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            open("veenland");
            assertThat(find(H1.class).single().getText()).isEqualTo("Onderwijsregio Veenland");
            assertThat(find(ListItem.class).all())
                    .extracting(ListItem::getText)
                    .contains("Onderwijsregio Noordkust", "Onderwijsregio Rivierenland");
            assertThat(find(Span.class).withText("Demogegevens").exists()).isTrue();
            assertThat(find(Button.class).withId("edit-profile").exists())
                    .as("members do not edit")
                    .isFalse();
        });
    }

    @Test
    void the_lead_edits_the_profile_validated_in_dutch_then_saved_and_logged() {
        inTab(AsUser.lead("rivierenland"), "rivierenland", () -> {
            open("rivierenland");
            test(find(Button.class).id("edit-profile")).click();
            test(find(TextArea.class).single()).setValue("Wij zijn Rivierenland.");
            test(find(TextField.class).withCaption("Website").single()).setValue("geen-adres");
            test(find(Button.class).withText("Opslaan").single()).click();
            TextField website = find(TextField.class).withCaption("Website").single();
            assertThat(website.isInvalid()).isTrue();
            assertThat(website.getErrorMessage()).isEqualTo("Geef een webadres dat begint met http:// of https://.");

            long loggedBefore = profileUpdatesShown();
            test(website).setValue("https://rivierenland.example");
            test(find(EmailField.class).single()).setValue("info@rivierenland.example");
            test(find(Button.class).withText("Opslaan").single()).click();

            // without a reload: the card and the recent activity show the change at once
            assertThat(find(Paragraph.class).withText("Wij zijn Rivierenland.").exists())
                    .isTrue();
            assertThat(profileUpdatesShown()).isEqualTo(Math.min(loggedBefore + 1, 8));
        });
    }

    @Test
    void a_national_user_gets_the_national_start_page() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> {
            navigate(HomeView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(find(H1.class).single().getText()).startsWith("Welkom");
            assertThat(String.join(
                            " | ",
                            find(Paragraph.class).all().stream()
                                    .map(Paragraph::getText)
                                    .toList()))
                    .as("national staff have no region of their own")
                    .doesNotContain("je regio")
                    .contains("Bevindingen die regio's met iedereen delen");
        });
    }

    @Test
    void a_person_without_region_or_national_role_is_told_so() {
        new AsUser("nieuw", List.of(), List.of()).run(null, () -> {
            navigate(HomeView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(find(H1.class).single().getText()).isEqualTo("Er is nog geen regio aan je account gekoppeld");
        });
    }

    @Test
    void the_neighbours_page_is_about_the_active_region() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            choice.choose("noordkust");
            navigate(NeighboursView.class);
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .anyMatch(text -> text.contains("Onderwijsregio Noordkust"));
        });
    }

    @Test
    void the_recent_activity_is_said_in_the_tabs_language() {
        inTab(AsUser.lead("rivierenland"), "rivierenland", () -> {
            open("rivierenland");
            test(find(Button.class).id("edit-profile")).click();
            test(find(TextArea.class).single()).setValue("Wij zijn Rivierenland, in het Engels gelezen.");
            test(find(Button.class).withText("Opslaan").single()).click();
            assertThat(profileUpdatesShown()).isPositive();

            UI.getCurrent().setLocale(nl.onderwijsregio.workspace.shell.Translations.ENGLISH);
            open("rivierenland");
            assertThat(find(Span.class).all())
                    .extracting(Span::getText)
                    .anyMatch(text -> text.startsWith("Region profile updated · Test lead.rivierenland"))
                    .noneMatch(text -> text.startsWith("Regioprofiel bijgewerkt"));
            UI.getCurrent().setLocale(nl.onderwijsregio.workspace.shell.Translations.DUTCH);
        });
    }

    private long profileUpdatesShown() {
        return find(Span.class).all().stream()
                .map(Span::getText)
                .filter(text -> text.startsWith("Regioprofiel bijgewerkt · Test lead.rivierenland"))
                .count();
    }

    private void open(String region) {
        choice.choose(region);
        navigate(HomeView.class);
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
