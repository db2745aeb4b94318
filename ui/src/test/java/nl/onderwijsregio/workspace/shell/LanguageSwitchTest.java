package nl.onderwijsregio.workspace.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderwijsregio.workspace.language.LanguageService;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.regions.ui.HomeView;
import nl.onderwijsregio.workspace.register.ui.RegisterView;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.BrowserlessUiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * The language switch on the welcome page and in the user menu: the choice shows the screens in that language, is
 * stored for a signed-in person and starts their next session in it; without a stored choice, the language chosen on
 * Keycloak's login page applies.
 */
class LanguageSwitchTest extends BrowserlessUiTest {

    @Autowired
    SessionLanguage sessionLanguage;

    @Autowired
    LanguageService languages;

    @Test
    void a_visitor_switches_the_welcome_page_to_english_and_back() {
        navigate(LandingView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Werkruimte Onderwijsregio's");
        LanguageSwitch toEnglish = find(LanguageSwitch.class).single();
        assertThat(toEnglish.getText()).isEqualTo("English");
        assertThat(toEnglish.getElement().getAttribute("lang")).isEqualTo("en");

        test(toEnglish).click();
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        reload();
        navigate("bestaat-niet", NotFoundView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        navigate(LandingView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Education Region Workspace");
        LanguageSwitch toDutch = find(LanguageSwitch.class).single();
        assertThat(toDutch.getText()).isEqualTo("Nederlands");

        test(toDutch).click();
        reload();
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(new LanguageSwitch(sessionLanguage).getText()).isEqualTo("English");
    }

    @Test
    void a_persons_choice_in_the_user_menu_is_stored_and_starts_their_next_session() {
        AsUser person = someone();
        inTab(person, "noordkust", () -> {
            navigate(RegisterView.class);
            assertThat(statusCounts())
                    .isNotEmpty()
                    .allMatch(c ->
                            c.matches("(Gewenst|Aangevraagd|Ontvangen|" + "Afgewezen|Ingetrokken|Verwijderd): \\d+"));
            // the header's switch; on a phone the drawer has the same one
            assertThat(find(LanguageSwitch.class)
                            .withId("drawer-language-switch")
                            .single()
                            .getText())
                    .isEqualTo("English");
            test(find(LanguageSwitch.class).withId("language-switch").single()).click();
            assertThat(languages.preferred()).contains(Language.EN);
            navigate(HomeView.class);
            navigate(RegisterView.class);
            assertThat(statusCounts())
                    .isNotEmpty()
                    .allMatch(c -> c.matches("(Wanted|Requested|Received|" + "Refused|Withdrawn|Deleted): \\d+"));
        });

        // a new session of the same person, in a Dutch browser: starts in English
        newSession();
        person.run(null, () -> sessionLanguage.start(VaadinSession.getCurrent(), null));
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");
    }

    @Test
    void without_a_stored_choice_the_language_chosen_at_keycloak_applies_and_a_stored_choice_wins_over_it() {
        String username = "kc." + UUID.randomUUID().toString().substring(0, 8);
        newSession();
        withLocaleClaim(username, "en", () -> sessionLanguage.start(VaadinSession.getCurrent(), null));
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        withLocaleClaim(username, "en", () -> languages.remember(Language.NL));
        newSession();
        withLocaleClaim(username, "en", () -> sessionLanguage.start(VaadinSession.getCurrent(), null));
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
    }

    @Test
    void a_visitor_without_a_choice_keeps_the_browsers_language() {
        newSession();
        VaadinSession.getCurrent().setLocale(Translations.ENGLISH);
        sessionLanguage.start(VaadinSession.getCurrent(), null);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
    }

    private static AsUser someone() {
        return new AsUser(
                "taal." + UUID.randomUUID().toString().substring(0, 8), List.of(Role.REGIO_LEAD), List.of("noordkust"));
    }

    /** The switch reloads the page: the new page's UI starts in the session's language. */
    private static void reload() {
        UI.getCurrent().setLocale(VaadinSession.getCurrent().getLocale());
    }

    /** As a new session would: nothing decided yet, the browser's Dutch. */
    private static void newSession() {
        VaadinSession.getCurrent().setAttribute(SessionLanguage.DECIDED_FOR, null);
        VaadinSession.getCurrent().setLocale(Translations.DUTCH);
    }

    private static void withLocaleClaim(String username, String locale, Runnable work) {
        Map<String, Object> claims = Map.of(
                "preferred_username", username, "name", "Test", "roles", List.of("regio-member"), "locale", locale);
        ClaimAccessor principal = () -> claims;
        var authentication = new TestingAuthenticationToken(principal, null, "ROLE_regio-member");
        authentication.setAuthenticated(true);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The register's counts per status ("Gewenst: 3"). */
    private List<String> statusCounts() {
        return find(Span.class).all().stream()
                .filter(s -> s.hasClassName("status-chip"))
                .map(Span::getText)
                .toList();
    }
}
