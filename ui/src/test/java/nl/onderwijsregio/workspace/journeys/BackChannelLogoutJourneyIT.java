package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.KeycloakAdmin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * OIDC back-channel logout: when Keycloak ends a person's login session (here an administrator, in the admin API),
 * Keycloak calls the app and the person's app session ends too; the next page they open is the landing page.
 */
class BackChannelLogoutJourneyIT extends FullStackTest {

    @Test
    void ending_the_session_in_keycloak_ends_the_app_session() throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.ofTestKeycloak();
        // The demo realm's back-channel URL is the demo app's (8080); these tests run the app on a free port.
        admin.setClientAttribute("workspace", "backchannel.logout.url", APP + "/logout/connect/back-channel/keycloak");
        try (Browser browser = new Browser("back-channel-logout")) {
            browser.open(APP + "/");
            browser.logInAtKeycloak("lead.rivierenland", "demo");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Rivierenland");
            // still signed in when the page is opened again
            browser.open(APP + "/");
            browser.waitForText(By.tagName("h1"), "Onderwijsregio Rivierenland");
            browser.shot("signed-in");

            admin.logOut("lead.rivierenland");

            browser.until(driver -> {
                driver.get(APP + "/");
                return driver.getCurrentUrl().endsWith("/welkom");
            });
            browser.waitForText(By.tagName("h1"), "Werkruimte Onderwijsregio's");
            browser.shot("session-ended");
            assertThat(browser.driver().getPageSource()).doesNotContain("Onderwijsregio Rivierenland");
            // Keycloak's session is gone as well: logging in again asks for the password.
            browser.waitFor(By.id("login")).click();
            browser.waitFor(By.id("password"));
        }
    }
}
