package nl.onderwijsregio.workspace.findings.api;

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
 * The findings API with real tokens: the same visibility as the screens. The author region (noordkust), a neighbour
 * (veenland), a non-neighbour (stedenband) and national staff, for a finding shared with the neighbours and one
 * shared with all.
 */
class FindingsApiIT extends FullStackTest {

    private static final String NOORDKUST = APP + "/api/v1/regions/noordkust";
    private static final String VEENLAND = APP + "/api/v1/regions/veenland";
    private static final String STEDENBAND = APP + "/api/v1/regions/stedenband";
    private final HttpClient http = HttpClient.newHttpClient();

    private static String draft(String title, String visibility) {
        return "{\"title\":\"" + title + "\",\"body\":\"**Vet** <script>alert(1)</script> [x](javascript:alert(1))\","
                + "\"theme\":\"Behouden\",\"subTheme\":\"Begeleiden\",\"kind\":\"INTERVIEW\","
                + "\"observedFrom\":\"2026-10-01\",\"published\":true,\"visibility\":\"" + visibility + "\"}";
    }

    @Test
    void each_party_reads_comments_and_edits_exactly_what_it_may() throws Exception {
        String author = Tokens.accessToken("lead.noordkust");
        HttpResponse<String> created =
                send("POST", NOORDKUST + "/findings", author, draft("Voor de buren (API)", "NEIGHBOURS"));
        assertThat(created.statusCode()).isEqualTo(201);
        String html = created.body().replaceAll("(?s).*\"bodyHtml\":\"(.*?)\",\"theme\".*", "$1");
        assertThat(html).contains("<strong>Vet</strong>").doesNotContain("<script", "javascript:");
        long id = Long.parseLong(field(created.body(), "id"));
        String revision = field(created.body(), "revision");

        String neighbour = Tokens.accessToken("lead.veenland");
        assertThat(send("GET", VEENLAND + "/findings/" + id, neighbour, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", VEENLAND + "/feed", neighbour, null).body()).contains("Voor de buren (API)");
        assertThat(send(
                                "POST",
                                VEENLAND + "/findings/" + id + "/comments",
                                neighbour,
                                "{\"body\":\"Herkenbaar (API)\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send(
                                "PUT",
                                VEENLAND + "/findings/" + id + "?revision=" + revision,
                                neighbour,
                                draft("Gekaapt", "ALL"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("DELETE", VEENLAND + "/findings/" + id, neighbour, null).statusCode())
                .isEqualTo(403);

        String stranger = Tokens.accessToken("lead.stedenband");
        assertThat(send("GET", STEDENBAND + "/findings/" + id, stranger, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", STEDENBAND + "/findings/" + id + "/comments", stranger, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("POST", STEDENBAND + "/findings/" + id + "/comments", stranger, "{\"body\":\"Stiekem\"}")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> strangersFeed = send("GET", STEDENBAND + "/feed", stranger, null);
        assertThat(strangersFeed.statusCode()).isEqualTo(200);
        assertThat(strangersFeed.body()).doesNotContain("Voor de buren (API)");
        assertThat(send("GET", NOORDKUST + "/findings", stranger, null).statusCode())
                .as("another region's path")
                .isEqualTo(403);

        String national = Tokens.accessToken("national");
        assertThat(send("GET", APP + "/api/v1/findings/" + id, national, null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", NOORDKUST + "/findings/" + id, national, null).statusCode())
                .isEqualTo(403);

        HttpResponse<String> changed = send(
                "PUT",
                NOORDKUST + "/findings/" + id + "?revision=" + revision,
                author,
                draft("Voor iedereen (API)", "ALL"));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(send(
                                "PUT",
                                NOORDKUST + "/findings/" + id + "?revision=" + revision,
                                author,
                                draft("Verouderd", "ALL"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(send("GET", APP + "/api/v1/findings/" + id, national, null).body())
                .contains("Voor iedereen (API)");
        assertThat(send("GET", APP + "/api/v1/findings", national, null).body()).contains("Voor iedereen (API)");
        assertThat(send("GET", APP + "/api/v1/findings?q=iedereen", national, null)
                        .body())
                .as("a search by words: the page and its count, exact below 100 hits")
                .contains("Voor iedereen (API)", "\"totalExact\":true")
                .containsPattern("\"total\":[1-9]");
        assertThat(send("GET", STEDENBAND + "/findings/" + id, stranger, null).statusCode())
                .isEqualTo(200);
        assertThat(send("GET", APP + "/api/v1/findings", neighbour, null).statusCode())
                .as("the national list is for national staff")
                .isEqualTo(403);

        assertThat(send("DELETE", NOORDKUST + "/findings/" + id, author, null).statusCode())
                .isEqualTo(204);
        assertThat(send("GET", VEENLAND + "/findings/" + id, neighbour, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void bad_input_gets_dutch_field_errors_and_stores_nothing() throws Exception {
        HttpResponse<String> garbled = send(
                "POST",
                NOORDKUST + "/findings",
                Tokens.accessToken("lead.noordkust"),
                "{\"title\":\"x\",\"kind\":\"GEEN_SOORT\"}");
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("konden niet worden gelezen");
        String token = Tokens.accessToken("lead.noordkust");
        HttpResponse<String> bad = send(
                "POST",
                NOORDKUST + "/findings",
                token,
                "{\"title\":\"\",\"theme\":\"Behouden\",\"subTheme\":\"Werven\",\"kind\":\"INTERVIEW\","
                        + "\"observedFrom\":\"2026-10-01\",\"observedUntil\":\"2026-09-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains(
                        "Geef de bevinding een titel.",
                        "Kies een thema en subthema uit de lijst.",
                        "Het einde van de periode kan niet voor het begin liggen.");
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
