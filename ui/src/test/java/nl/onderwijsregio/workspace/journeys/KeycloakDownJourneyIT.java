package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.RealKeycloak;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Keycloak goes down: signed-in people keep working; newcomers get a clear Dutch message instead of a dead page. */
class KeycloakDownJourneyIT extends FullStackTest {

    @Test
    void signed_in_people_keep_working_and_the_landing_page_explains_that_login_is_unavailable() throws Exception {
        try (Browser signedIn = new Browser("keycloak-down-signed-in")) {
            signedIn.open(APP + "/");
            signedIn.logInAtKeycloak("lead.veenland", "demo");
            signedIn.waitForText(By.tagName("h1"), "Onderwijsregio Veenland");

            RealKeycloak.stop();
            try {
                signedIn.open(APP + "/buurregios");
                signedIn.waitForText(By.tagName("h1"), "Buurregio's");
                signedIn.shot("still-working");
                assertThat(signedIn.driver().getPageSource()).contains("Onderwijsregio Noordkust");

                try (Browser newcomer = new Browser("keycloak-down-newcomer")) {
                    newcomer.open(APP + "/");
                    newcomer.waitForText(By.cssSelector("[role=alert]"), "Inloggen is op dit moment niet mogelijk");
                    newcomer.shot("landing");
                    assertThat(newcomer.driver().findElements(By.id("login"))).allMatch(e -> !e.isDisplayed());
                }
            } finally {
                RealKeycloak.server();
            }
        }
    }
}
