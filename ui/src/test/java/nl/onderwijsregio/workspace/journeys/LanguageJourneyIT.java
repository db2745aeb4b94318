package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The language switch across Keycloak, the app and the database: a lead in a Dutch browser switches to English,
 * signs out and in again, and Keycloak's login page and the app speak English; switching back makes both Dutch.
 */
class LanguageJourneyIT extends FullStackTest {

    private static final By HEADING = By.tagName("h1");
    private static final By NAVIGATION = By.tagName("vaadin-side-nav");
    private static final By SWITCH = By.id("language-switch");

    @Test
    void a_lead_switches_to_english_and_keycloak_and_the_app_speak_it_after_signing_out_and_in() throws Exception {
        try (Browser browser = new Browser("language")) {
            browser.open(APP + "/");
            browser.waitForText(HEADING, "Werkruimte Onderwijsregio's");
            browser.waitForText(SWITCH, "English");
            browser.logInAtKeycloak("lead.rivierenland", "demo");
            browser.waitForText(HEADING, "Onderwijsregio Rivierenland");
            browser.waitForText(NAVIGATION, "Start");
            browser.shot("dutch-home");
            try {
                browser.waitFor(SWITCH).click();
                browser.waitForText(SWITCH, "Nederlands");
                browser.waitForText(NAVIGATION, "Home");
                browser.shot("english-home");

                browser.waitFor(By.id("logout")).click();
                browser.waitForText(HEADING, "Education Region Workspace");
                browser.shot("english-welcome");

                browser.waitFor(By.id("login")).click();
                browser.waitFor(By.id("kc-login"));
                browser.shot("english-keycloak");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .startsWith("en");
                assertThat(browser.driver().getPageSource()).contains("Sign in").doesNotContain("Inloggen");
                assertThat(browser.driver().getCurrentUrl()).contains("ui_locales=en");
                browser.waitFor(By.id("username")).sendKeys("lead.rivierenland");
                browser.driver().findElement(By.id("password")).sendKeys("demo");
                browser.driver().findElement(By.id("kc-login")).click();
                browser.waitForText(HEADING, "Onderwijsregio Rivierenland");
                browser.waitForText(NAVIGATION, "Home");
                browser.shot("english-again");

                // a new app session without the language cookie: the welcome page follows the Dutch browser, and
                // after signing in (Keycloak's single sign-on, no form) the stored choice applies
                browser.driver().manage().deleteCookieNamed("workspace-language");
                browser.driver().manage().deleteCookieNamed("JSESSIONID");
                browser.open(APP + "/");
                browser.waitForText(HEADING, "Werkruimte Onderwijsregio's");
                browser.waitFor(By.id("login")).click();
                browser.waitForText(HEADING, "Onderwijsregio Rivierenland");
                browser.waitForText(NAVIGATION, "Home");
                browser.shot("english-new-session");
            } finally {
                // leave the shared demo person Dutch for the other journeys
                browser.open(APP + "/");
                browser.waitFor(SWITCH);
                if (browser.driver().findElement(SWITCH).getText().contains("Nederlands")) {
                    browser.waitFor(SWITCH).click();
                    browser.waitForText(SWITCH, "English");
                }
            }
            browser.waitForText(NAVIGATION, "Start");
            browser.shot("dutch-again");
        }
    }
}
