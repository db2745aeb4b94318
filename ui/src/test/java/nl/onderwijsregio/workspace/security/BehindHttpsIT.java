package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.workspace.testing.RealPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 15 item 4 as deployed behind a TLS proxy ({@code WORKSPACE_SECURE_COOKIES=true}) at a public address that is
 * not localhost ({@code WORKSPACE_PUBLIC_URL}): every kind of response carries HSTS (without those settings none
 * does: {@link ErrorsAndHeadersIT}), and redirects point at the public address, whatever {@code Host} or forwarded
 * header the client sends. Over real HTTP on a random port.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.servlet.session.cookie.secure=true", "workspace.public-url=https://werkruimte.example"})
class BehindHttpsIT {

    private static final String HSTS = "max-age=31536000 ; includeSubDomains";

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @Test
    void every_kind_of_response_carries_hsts() throws Exception {
        for (String[] request : List.of(
                new String[] {"/welkom", "text/html"},
                new String[] {"/bestaat-niet", "text/html"},
                new String[] {"/styles.css", "text/css"},
                new String[] {"/api/v1/catalogue", "application/json"},
                new String[] {"/api/v1/bestaat-niet", "application/json"})) {
            HttpResponse<String> response = send(request[0], request[1]);
            assertThat(response.statusCode()).as(request[0]).isLessThan(500);
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as(request[0])
                    .hasValue(HSTS);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(request[0])
                    .isPresent();
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                assertThat(cookie).as(request[0]).containsIgnoringCase("Secure");
            }
        }
    }

    @Test
    void a_redirect_points_at_the_public_address_never_at_the_host_the_client_named() throws Exception {
        for (String request : List.of(
                "GET / HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: evil.example:8443\r\nX-Forwarded-Host: evil.example\r\n"
                        + "X-Forwarded-Proto: http\r\nForwarded: host=evil.example;proto=http\r\nAccept: text/html\r\n"
                        + "Connection: close\r\n\r\n",
                "GET http://evil.example/ HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\n"
                        + "Connection: close\r\n\r\n")) {
            String response = raw(request);
            assertThat(response).as(request).startsWith("HTTP/1.1 302");
            String location = response.lines()
                    .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst()
                    .orElseThrow()
                    .substring(9)
                    .trim();
            assertThat(location)
                    .as(request)
                    .doesNotContain("evil.example")
                    .satisfiesAnyOf(
                            l -> assertThat(l).startsWith("https://werkruimte.example/"),
                            l -> assertThat(l).startsWith("/"));
            assertThat(location).as(request).contains("/" + SecuritySettings.LANDING_ROUTE);
        }
    }

    private HttpResponse<String> send(String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(read);
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
