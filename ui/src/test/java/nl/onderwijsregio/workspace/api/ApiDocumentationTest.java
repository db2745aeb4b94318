package nl.onderwijsregio.workspace.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.onderwijsregio.workspace.testing.RealPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API's OpenAPI description and Swagger UI, over real HTTP (so through both security chains and past Vaadin's
 * servlet): public, while the API itself still wants a token. Needs no Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentationTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @Test
    void the_openapi_description_is_public_and_lists_the_api_with_bearer_security() throws Exception {
        HttpResponse<String> docs = get("/api/v1/openapi.json");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(docs.body())
                .contains(
                        "\"openapi\":\"3.",
                        "Werkruimte Onderwijsregio's API",
                        "\"/api/v1/catalogue\"",
                        "\"/api/v1/catalogue/{id}\"",
                        "\"/api/v1/catalogue/partners\"",
                        "\"/api/v1/catalogue/dcat\"",
                        "\"/api/v1/me\"",
                        "\"/api/v1/regions\"",
                        "\"bearerFormat\":\"JWT\"",
                        "text/turtle",
                        "\"name\":\"toegang\"",
                        "\"maximum\":200");
        assertThat(docs.body()).as("the raw parameter map is hidden").doesNotContain("\"name\":\"parameters\"");
    }

    @Test
    void swagger_ui_is_public_and_reads_the_description() throws Exception {
        HttpResponse<String> ui = get("/api/v1/docs");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.uri().getPath()).isEqualTo("/api/v1/swagger-ui/index.html");
        assertThat(ui.body()).contains("swagger-ui");
        assertThat(get("/api/v1/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        HttpResponse<String> config = get("/api/v1/openapi.json/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/api/v1/openapi.json\"");
    }

    @Test
    void the_api_itself_still_wants_a_token() throws Exception {
        assertThat(get("/api/v1/me").statusCode()).isEqualTo(401);
        HttpResponse<String> response = get("/api/v1/catalogue?q=verzuim");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(get("/api/v1/catalogue/partners").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/catalogue/dcat").statusCode())
                .as("only the DCAT feed is public, for harvesters")
                .isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
