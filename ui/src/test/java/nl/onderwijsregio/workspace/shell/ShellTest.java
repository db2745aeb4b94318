package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.onderwijsregio.workspace.regions.ui.HomeView;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/** The application shell: Dutch navigation with every section, honest "coming soon" pages, a Dutch 404. */
class ShellTest extends BrowserlessUiTest {

    @Test
    void a_region_lead_sees_the_regional_sections_in_dutch() {
        inTab(AsUser.lead("noordkust"), "noordkust", () -> {
            navigate(HomeView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(find(SideNavItem.class).all())
                    .extracting(SideNavItem::getLabel)
                    .containsExactly(
                            "Start",
                            "Catalogus",
                            "Register gesloten data",
                            "Bevindingen",
                            "Prioriteiten",
                            "Analyse",
                            "Buurregio's",
                            "Team",
                            "Logboek",
                            "Gegevens van de regio",
                            "Mijn gegevens");
            assertThat(find(SideNavItem.class).all())
                    .extracting(SideNavItem::getPath)
                    .contains(
                            "catalogus", "register", "bevindingen", "prioriteiten", "analyse", "buurregios", "logboek");
        });
    }

    @Test
    void the_platform_administrator_sees_the_national_sections() {
        AsUser.withRole(Role.PLATFORM_ADMIN).run(null, () -> {
            navigate(HomeView.class);
            UI.getCurrent().refreshCurrentRoute(true);
            assertThat(find(SideNavItem.class).all())
                    .extracting(SideNavItem::getLabel)
                    .containsExactly(
                            "Start",
                            "Catalogus",
                            "Bevindingen",
                            "Landelijk overzicht",
                            "Team",
                            "Logboek",
                            "Gegevens van de regio",
                            "Beheer",
                            "Mijn gegevens");
        });
    }

    @Test
    void a_built_section_has_no_coming_soon_page_any_more() {
        AsUser.withRole(Role.NATIONAL).run(null, () -> navigate("binnenkort/landelijk", NotFoundView.class));
    }

    @Test
    void a_section_of_another_role_is_refused_in_dutch() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            navigate("landelijk", AccessDeniedView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Geen toegang");
            assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Geen toegang");
        });
    }

    @Test
    void an_unknown_address_shows_a_dutch_not_found_page() {
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Pagina niet gevonden");
    }

    @Test
    void an_unknown_section_is_not_found_either() {
        inTab(AsUser.member("veenland"), "veenland", () -> {
            navigate("binnenkort/onzin", NotFoundView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
        });
    }

    @Test
    void english_is_the_second_language() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
