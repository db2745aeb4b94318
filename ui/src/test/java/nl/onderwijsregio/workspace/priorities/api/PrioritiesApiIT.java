package nl.onderwijsregio.workspace.priorities.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The priorities API with real tokens: the lead creates, changes and deletes; a stale change is 409; members of
 * another region get 403 on the path; drafts never reach the comparison of another region or the nation.
 */
class PrioritiesApiIT extends FullStackTest {

    private static final String BASE = APP + "/api/v1/regions/stedenband/priorities";
    private static final String DRAFT = "{\"title\":\"%s\",\"subTheme\":\"OPLEIDEN\",\"sectors\":[\"PO\",\"HO\"],"
            + "\"startYear\":2026,\"endYear\":2028,\"status\":\"LOPEND\",\"published\":%s,"
            + "\"catalogueEntryIds\":[\"e041\"]}";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_lead_creates_updates_and_deletes_and_a_stale_update_conflicts() throws Exception {
        String token = Tokens.accessToken("lead.stedenband");
        HttpResponse<String> created = send("POST", BASE, token, DRAFT.formatted("Opleiden met de pabo (API)", false));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).get().asString().startsWith("/api/v1/regions/stedenband");
        long id = Long.parseLong(field(created.body(), "id"));
        String revision = field(created.body(), "revision");
        assertThat(send("GET", BASE, token, null).body()).contains("Opleiden met de pabo (API)");

        HttpResponse<String> updated = send(
                "PUT",
                BASE + "/" + id + "?revision=" + revision,
                token,
                DRAFT.formatted("Opleiden met de pabo (API, gewijzigd)", true));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("\"published\":true");
        HttpResponse<String> stale =
                send("PUT", BASE + "/" + id + "?revision=" + revision, token, DRAFT.formatted("Oud", true));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("intussen");

        assertThat(send("DELETE", BASE + "/" + id, token, null).statusCode()).isEqualTo(204);
        assertThat(send("GET", BASE + "/" + id, token, null).statusCode()).isEqualTo(404);
    }

    @Test
    void another_region_gets_403_and_bad_input_gets_dutch_field_errors() throws Exception {
        assertThat(send("GET", BASE, Tokens.accessToken("lead.noordkust"), null).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", BASE, Tokens.accessToken("lead.noordkust"), DRAFT.formatted("Vreemd", true))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", BASE, Tokens.accessToken("national"), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = send(
                "POST",
                BASE,
                Tokens.accessToken("lead.stedenband"),
                "{\"title\":\"\",\"subTheme\":\"WERVEN\",\"sectors\":[\"PO\"],\"startYear\":2028,\"endYear\":2030}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("titel", "2026–2029");
    }

    @Test
    void the_comparison_shows_published_priorities_of_other_regions_to_members_and_the_nation() throws Exception {
        String lead = Tokens.accessToken("lead.stedenband");
        send("POST", BASE, lead, DRAFT.formatted("Alleen concept (API)", false));
        send("POST", BASE, lead, DRAFT.formatted("Gepubliceerd (API)", true));
        String url = APP + "/api/v1/priorities/compare?regions=rivierenland,stedenband";
        String fromRivierenland =
                APP + "/api/v1/regions/rivierenland/priorities/compare?regions=rivierenland,stedenband";
        String fromStedenband = APP + "/api/v1/regions/stedenband/priorities/compare?regions=rivierenland,stedenband";
        HttpResponse<String> neighbour = send("GET", fromRivierenland, Tokens.accessToken("lead.rivierenland"), null);
        assertThat(neighbour.statusCode()).isEqualTo(200);
        assertThat(neighbour.body())
                .contains("\"matrix\"", "\"similarities\"", "\"score\"", "Gepubliceerd (API)")
                .doesNotContain("Alleen concept (API)");
        HttpResponse<String> national = send("GET", url, Tokens.accessToken("national"), null);
        assertThat(national.statusCode()).isEqualTo(200);
        assertThat(national.body()).contains("Gepubliceerd (API)").doesNotContain("Alleen concept (API)");
        assertThat(send("GET", fromStedenband, lead, null).body()).contains("Alleen concept (API)");
        assertThat(send("GET", fromRivierenland, lead, null).statusCode())
                .as("not a member")
                .isEqualTo(403);
        assertThat(send("GET", APP + "/api/v1/regions/stedenband/priorities/compare?regions=bestaat-niet", lead, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void the_priorities_endpoints_are_documented_and_need_a_token() throws Exception {
        HttpResponse<String> docs = http.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.body())
                .contains(
                        "\"/api/v1/regions/{region}/priorities\"",
                        "\"/api/v1/regions/{region}/priorities/{id}\"",
                        "\"/api/v1/regions/{region}/priorities/order\"",
                        "\"/api/v1/priorities/compare\"",
                        "\"/api/v1/regions/{region}/priorities/compare\"",
                        "\"/api/v1/regions/{region}/findings\"",
                        "\"/api/v1/regions/{region}/feed\"");
        for (String path : new String[] {
            "/api/v1/priorities/compare?regions=veenland",
            "/api/v1/regions/veenland/priorities",
            "/api/v1/regions/veenland/findings"
        }) {
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(APP + path))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as(path)
                    .isEqualTo(401);
        }
    }

    private HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("No " + name + " in " + json);
        }
        return m.group(1);
    }
}
