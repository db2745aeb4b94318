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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access token of the {@code workspace-team} service account (client credentials), kept until shortly before expiry
 * or until Keycloak no longer accepts it ({@link #forget}: e.g. after Keycloak restarted, which ends the token's
 * session).
 */
final class ServiceAccountToken {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger LOG = LoggerFactory.getLogger(ServiceAccountToken.class);

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
        String secret;
        try {
            secret = settings.secret();
        } catch (IllegalStateException missing) {
            LOG.error("The Team screen cannot reach Keycloak: {}", missing.getMessage());
            throw new TeamRuleException("team.error.unavailable");
        }
        String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.tokenEndpoint()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warn(
                        "Keycloak refused the token of client {} (HTTP {}): is its secret right?",
                        settings.clientId(),
                        response.statusCode());
                throw new TeamRuleException("team.error.unavailable");
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

    /**
     * Drops {@code rejected}, the token Keycloak just answered 401 to, so that the next {@link #get} asks for a new one;
     * a token fetched meanwhile by another thread is kept.
     */
    synchronized void forget(String rejected) {
        if (rejected.equals(value)) {
            value = null;
            validUntil = Instant.EPOCH;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
