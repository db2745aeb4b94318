package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.RealKeycloak;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Keycloak goes down: signed-in people keep working, the API keeps accepting tokens with the keys it cached, newcomers
 * get a clear Dutch message instead of a dead page; when Keycloak is back, logging in works again without restarting
 * the app.
 */
class KeycloakDownJourneyIT extends FullStackTest {

    @Test
    void signed_in_people_keep_working_and_the_landing_page_explains_that_login_is_unavailable() throws Exception {
        try (Browser signedIn = new Browser("keycloak-down-signed-in")) {
            signedIn.open(APP + "/");
            signedIn.logInAtKeycloak("lead.veenland", "demo");
            signedIn.waitForText(By.tagName("h1"), "Onderwijsregio Veenland");
            String token = Tokens.accessToken("lead.veenland");
            assertThat(me(token).statusCode())
                    .as("the API fetched and cached the signing keys")
                    .isEqualTo(200);

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
                HttpResponse<String> me = me(token);
                assertThat(me.statusCode())
                        .as("a token still validates with the cached keys")
                        .isEqualTo(200);
                assertThat(me.body()).contains("lead.veenland");
            } finally {
                RealKeycloak.server();
            }
            try (Browser later = new Browser("keycloak-back")) {
                later.open(APP + "/");
                later.logInAtKeycloak("member.noordkust", "demo");
                later.waitForText(By.tagName("h1"), "Onderwijsregio Noordkust");
                later.shot("logged-in-again");
            }
        }
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(APP + "/api/v1/me"))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
