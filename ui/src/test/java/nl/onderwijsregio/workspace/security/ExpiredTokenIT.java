package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import nl.onderwijsregio.workspace.testing.RealKeycloak;
import nl.onderwijsregio.workspace.testing.RealPostgres;
import nl.onderwijsregio.workspace.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A real token that has expired is refused: the app's clock runs two hours ahead of Keycloak's 5-minute tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpiredTokenIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add(
                "workspace.security.issuer-uri", () -> RealKeycloak.server().issuerUri());
        registry.add("workspace.security.client-secret", () -> "workspace-demo-secret");
    }

    @TestConfiguration
    static class TwoHoursLater {
        @Bean
        Clock clock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
        }
    }

    @Test
    void an_expired_token_gets_401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                                .header("Authorization", "Bearer " + Tokens.accessToken("lead.noordkust"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
