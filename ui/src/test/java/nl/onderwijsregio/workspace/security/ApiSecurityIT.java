package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The REST API with real tokens from the real Keycloak: 401 without a valid token, 403 for a foreign region. */
class ApiSecurityIT extends FullStackTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void without_a_token_the_api_answers_401_with_a_problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .startsWith("Bearer");
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
    }

    @Test
    void a_tampered_token_is_refused() throws Exception {
        String[] parts = Tokens.accessToken("lead.noordkust").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"noordkust\"", "\"veenland\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertThat(get("/api/v1/me", forged).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", "not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void me_tells_who_the_token_belongs_to() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", Tokens.accessToken("multi"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"username\":\"multi\"",
                        "\"roles\":[\"regio-member\"]",
                        "\"regions\":[\"rivierenland\",\"veenland\"]");
    }

    @Test
    void the_region_list_shows_neighbours() throws Exception {
        HttpResponse<String> response = get("/api/v1/regions", Tokens.accessToken("national"));
        assertThat(response.statusCode()).isEqualTo(200);
        // veenland's object; other tests may add neighbours of their own (e.g. the map journey's test region)
        java.util.regex.Matcher veenland = java.util.regex.Pattern.compile(
                        "\\{\"id\":\"veenland\"[^}]*\"neighbours\":\\[([^\\]]*)]")
                .matcher(response.body());
        assertThat(veenland.find()).as(response.body()).isTrue();
        assertThat(veenland.group(1)).contains("\"noordkust\"", "\"rivierenland\"");
    }

    @Test
    void own_region_200_foreign_region_403() throws Exception {
        String lead = Tokens.accessToken("lead.noordkust");
        assertThat(get("/api/v1/regions/noordkust/activity", lead).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = get("/api/v1/regions/veenland/activity", lead);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("Geen toegang");
        assertThat(get("/api/v1/regions/noordkust/activity", Tokens.accessToken("national"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void only_the_lead_writes_the_profile_and_bad_input_gets_dutch_field_errors() throws Exception {
        String body = "{\"introduction\":\"Via de API\",\"website\":\"https://noordkust.example\"}";
        assertThat(put("/api/v1/regions/noordkust/profile", Tokens.accessToken("member.noordkust"), body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(put("/api/v1/regions/noordkust/profile", Tokens.accessToken("lead.noordkust"), body)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> bad = put(
                "/api/v1/regions/noordkust/profile",
                Tokens.accessToken("lead.noordkust"),
                "{\"introduction\":\"x\",\"contactEmail\":\"geen-adres\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("contactEmail", "Geef een geldig e-mailadres");
        HttpResponse<String> read = get("/api/v1/regions/noordkust/profile", Tokens.accessToken("member.noordkust"));
        assertThat(read.body()).contains("Via de API");
    }

    private HttpResponse<String> get(String path, @Nullable String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(APP + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String token, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(APP + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
