package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.RealKeycloak;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keycloak goes down: signed-in people keep working, the API keeps accepting tokens with the keys it cached, newcomers
 * get a clear Dutch message instead of a dead page; when Keycloak is back, logging in works again without restarting
 * the app, and so does the Team screen's work in Keycloak (its service account's token from before the restart is no
 * longer accepted and is replaced).
 */
class KeycloakDownJourneyIT extends FullStackTest {

    private static final AsUser LEAD = AsUser.lead("veenland");

    @Autowired
    TeamService team;

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
            assertThat(LEAD.call("veenland", () -> team.team(null)))
                    .as("the team, read with the team client's token")
                    .isNotEmpty();

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
            String email = "na-herstart."
                    + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT) + "@example.org";
            assertThat(LEAD.call(
                                    "veenland",
                                    () -> team.invite(
                                            null,
                                            new TeamService.Invitation(email, "Proef", "Collega", TeamRole.MEMBER)))
                            .current())
                    .as("an invitation after Keycloak's restart")
                    .isTrue();
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
