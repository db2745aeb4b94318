package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Browser journeys across Keycloak, the app and the database, in headless Chromium. */
class LoginJourneyIT extends FullStackTest {

    @Test
    void lead_noordkust_logs_in_on_keycloak_and_lands_on_the_noordkust_home() throws Exception {
        try (Browser browser = new Browser("lead-noordkust")) {
            browser.open(APP + "/");
            browser.waitForText(By.tagName("h1"), "Werkruimte Onderwijsregio's");
            browser.shot("landing");
            browser.logInAtKeycloak("lead.noordkust", "demo");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Noordkust");
            browser.shot("home");
            String page = browser.driver().getPageSource();
            assertThat(page).contains("Buurregio's", "Onderwijsregio Veenland", "Sanne");

            // signed in, a mistyped address shows the Dutch not-found page (no English 403), under the CSP
            browser.open(APP + "/bestaat-niet");
            browser.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            browser.shot("not-found");
        }
    }

    @Test
    void multi_switches_between_veenland_and_rivierenland_and_header_and_data_follow() throws Exception {
        try (Browser browser = new Browser("multi")) {
            browser.open(APP + "/");
            browser.logInAtKeycloak("multi", "demo");
            browser.waitForText(By.tagName("h1"), "Voor welke regio werk je?");
            browser.waitForText(By.cssSelector(".region-buttons"), "Onderwijsregio Rivierenland");
            browser.shot("choose");
            assertThat(browser.driver().getPageSource())
                    .contains("Onderwijsregio Veenland</vaadin-button>")
                    .doesNotContain("Onderwijsregio Noordkust</vaadin-button>");
            buttonWithText(browser, "Onderwijsregio Veenland").click();
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Veenland");
            browser.shot("veenland");
            assertThat(cardText(browser))
                    .contains("Onderwijsregio Noordkust")
                    .doesNotContain("Onderwijsregio Stedenband");

            browser.waitFor(By.cssSelector("vaadin-select")).click();
            browser.waitForText(By.cssSelector("vaadin-select-list-box"), "Onderwijsregio Rivierenland");
            browser.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(item -> item.getText().contains("Rivierenland"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Rivierenland");
            browser.shot("rivierenland");
            assertThat(cardText(browser)).contains("Onderwijsregio Stedenband");
            assertThat(browser.waitFor(By.cssSelector("vaadin-select")).getText())
                    .contains("Rivierenland");
        }
    }

    @Test
    void logout_returns_to_the_landing_page_and_back_does_not_reveal_data() throws Exception {
        try (Browser browser = new Browser("logout")) {
            browser.open(APP + "/");
            browser.logInAtKeycloak("lead.stedenband", "demo");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Stedenband");
            browser.waitFor(By.id("logout")).click();
            browser.waitForText(By.tagName("h1"), "Werkruimte Onderwijsregio's");
            browser.shot("after-logout");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/welkom");
            browser.driver().navigate().back();
            // back() returns once the page has loaded; wait until it has rendered a heading, then look at it
            browser.until(driver -> driver.findElements(By.tagName("h1")).stream()
                    .anyMatch(h1 -> h1.isDisplayed() && !h1.getText().isBlank()));
            browser.shot("after-back");
            assertThat(browser.driver().getPageSource()).doesNotContain("Onderwijsregio Rivierenland");
            browser.open(APP + "/");
            browser.waitForText(By.tagName("h1"), "Werkruimte Onderwijsregio's");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/welkom");
            // The Keycloak session ended too: logging in again asks for the password instead of passing through.
            browser.waitFor(By.id("login")).click();
            browser.waitFor(By.id("password"));
            browser.shot("login-asked-again");
        }
    }

    @Test
    void a_failed_login_shows_keycloaks_dutch_message() throws Exception {
        try (Browser browser = new Browser("failed-login")) {
            browser.open(APP + "/");
            browser.logInAtKeycloak("lead.noordkust", "fout-wachtwoord");
            browser.waitFor(By.id("kc-login"));
            browser.shot("error");
            assertThat(browser.driver().getPageSource().toLowerCase()).contains("ongeldig");
        }
    }

    private static WebElement buttonWithText(Browser browser, String text) {
        browser.waitForText(By.cssSelector(".region-buttons"), text);
        List<WebElement> buttons = browser.driver().findElements(By.cssSelector(".region-buttons vaadin-button"));
        return buttons.stream()
                .filter(b -> b.getText().contains(text))
                .findFirst()
                .orElseThrow();
    }

    private static String cardText(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".card")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }
}
