package nl.onderwijsregio.workspace.team;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access token of the {@code workspace-team} service account (client credentials), kept until shortly before expiry. */
final class ServiceAccountToken {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TeamSettings settings;
    private final HttpClient http;
    private @Nullable String value;
    private Instant validUntil = Instant.EPOCH;

    ServiceAccountToken(TeamSettings settings, HttpClient http) {
        this.settings = settings;
        this.http = http;
    }

    synchronized String get() {
        if (value != null && Instant.now().isBefore(validUntil)) {
            return value;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(settings.secret());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TeamRuleException(
                        "team.error.unavailable",
                        "Keycloak gaf de werkruimte geen toegang tot het team (HTTP " + response.statusCode() + ").");
            }
            JsonNode body = JSON.readTree(response.body());
            value = body.get("access_token").asString();
            validUntil = Instant.now()
                    .plusSeconds(Math.max(5, body.path("expires_in").asLong(60) - 30));
            return value;
        } catch (IOException e) {
            throw KeycloakTeamDirectory.unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KeycloakTeamDirectory.unavailable(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
