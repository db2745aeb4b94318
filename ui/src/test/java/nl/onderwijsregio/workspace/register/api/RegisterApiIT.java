package nl.onderwijsregio.workspace.register.api;

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

/** The register API with real tokens: own region works, a foreign region is 403, a stale change is 409. */
class RegisterApiIT extends FullStackTest {

    private static final String BASE = APP + "/api/v1/regions/rivierenland/register";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_member_creates_reads_steps_and_a_stale_update_conflicts() throws Exception {
        String token = Tokens.accessToken("lead.rivierenland");
        String draft = "{\"catalogueEntryId\":\"e056\",\"what\":\"Verzuim po per maand (API)\","
                + "\"holderKind\":\"VFPF\",\"holderName\":\"Vfpf\"}";
        HttpResponse<String> created = send("POST", BASE, token, draft);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Long.parseLong(field(created.body(), "id"));

        assertThat(send("GET", BASE + "/" + id, token, null).body()).contains("Verzuim po per maand (API)");
        HttpResponse<String> stepped = send(
                "POST",
                BASE + "/" + id + "/status",
                token,
                "{\"to\":\"AANGEVRAAGD\",\"revision\":" + field(created.body(), "revision") + "}");
        assertThat(stepped.statusCode()).isEqualTo(200);
        assertThat(stepped.body()).contains("\"status\":\"AANGEVRAAGD\"");

        HttpResponse<String> stale = send(
                "PUT",
                BASE + "/" + id + "?revision=" + field(created.body(), "revision"),
                token,
                draft.replace("(API)", "(oud)"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(send("GET", BASE + "/" + id, token, null).body())
                .contains("(API)")
                .doesNotContain("(oud)");

        HttpResponse<String> illegal = send(
                "POST",
                BASE + "/" + id + "/status",
                token,
                "{\"to\":\"GEWENST\",\"revision\":" + field(stepped.body(), "revision") + "}");
        assertThat(illegal.statusCode()).isEqualTo(400);
        assertThat(illegal.body()).contains("kan niet");
    }

    @Test
    void another_region_gets_403_and_bad_input_gets_dutch_field_errors() throws Exception {
        assertThat(send("GET", BASE, Tokens.accessToken("lead.noordkust"), null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", BASE, Tokens.accessToken("national"), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> bad = send(
                "POST",
                BASE,
                Tokens.accessToken("multi"),
                "{\"catalogueEntryId\":\"e056\",\"what\":\"x\",\"holderKind\":\"BESTUUR\",\"holderName\":\"B\","
                        + "\"bestuursnummer\":\"12AB\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("bestuursnummer", "alleen uit cijfers");
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
