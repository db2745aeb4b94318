package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.onderwijsregio.workspace.regions.ui.HomeView;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;

/** The application shell: Dutch navigation with every section, honest "coming soon" pages, a Dutch 404. */
class ShellTest extends BrowserlessUiTest {

    @Test
    void the_side_navigation_lists_every_section_in_dutch() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly(
                "Start", "Catalogus", "Register gesloten data", "Bevindingen", "Prioriteiten", "Buurregio's",
                "Landelijk overzicht", "Beheer");
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .contains("binnenkort/catalogus", "buurregios", "beheer");
    }

    @Test
    void an_unbuilt_section_says_what_it_will_be_for() {
        navigate("binnenkort/catalogus", UpcomingSectionView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Catalogus");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Handreiking Databronnen"))
                .anyMatch(text -> text.contains("nog in aanbouw"));
    }

    @Test
    void an_unknown_address_shows_a_dutch_not_found_page() {
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void an_unknown_section_is_not_found_either() {
        navigate("binnenkort/onzin", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
    }

    @Test
    void english_is_the_second_language() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }
}
