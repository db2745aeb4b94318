package nl.onderwijsregio.workspace.priorities.api;

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

/** The priorities endpoints are in the public OpenAPI description; the API refuses callers without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrioritiesApiDocumentationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @Test
    void the_priorities_endpoints_are_documented_and_need_a_token() throws Exception {
        String docs = get("/api/v1/openapi.json").body();
        assertThat(docs).contains("\"/api/v1/regions/{region}/priorities\"",
                "\"/api/v1/regions/{region}/priorities/{id}\"", "\"/api/v1/regions/{region}/priorities/order\"",
                "\"/api/v1/priorities/compare\"");
        assertThat(get("/api/v1/priorities/compare?regions=veenland").statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/regions/veenland/priorities").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
