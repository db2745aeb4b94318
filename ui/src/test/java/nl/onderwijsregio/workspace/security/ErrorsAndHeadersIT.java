package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.onderwijsregio.workspace.testing.RealPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 15 items 3 and 4, over real HTTP (the servlet container's own refusals, the headers of every kind of
 * response, the {@code Host} header) and through MockMvc with a token of the realm's shape (the errors Spring MVC
 * raises). Every API error is a problem detail in Dutch, or English on request, without framework text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorsAndHeadersIT {

    private static final List<String> FRAMEWORK_WORDS = List.of(
            "Failed to convert",
            "Required parameter",
            "is not supported",
            "Whitelabel",
            "Tomcat",
            "Spring",
            "Exception",
            "at org.",
            "Apache");

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("workspace.security.dev-keycloak.enabled", () -> "false");
    }

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    // ---- headers over every kind of response

    @Test
    void a_vaadin_page_sends_the_strict_page_policy_and_the_other_headers() throws Exception {
        HttpResponse<String> page = send(plainGet("/welkom", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertPageHeaders(page.headers());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
                .contains("connect-src 'self'")
                .contains("form-action 'self' http://localhost:8180")
                .contains("object-src 'none'");
    }

    @Test
    void a_uidl_request_carries_the_headers_too() throws Exception {
        HttpResponse<String> uidl = http.send(
                HttpRequest.newBuilder(URI.create(app("/?v-r=uidl&v-uiId=0")))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uidl.statusCode()).isLessThan(500);
        assertPageHeaders(uidl.headers());
    }

    @Test
    void a_static_resource_carries_the_headers() throws Exception {
        HttpResponse<String> css = send(plainGet("/styles.css", "text/css"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).contains("text/css");
        assertPageHeaders(css.headers());
    }

    @Test
    void the_api_answers_with_a_policy_under_which_nothing_runs_for_200_and_4xx() throws Exception {
        HttpResponse<String> description = send(plainGet("/api/v1/openapi.json", "application/json"));
        assertThat(description.statusCode()).isEqualTo(200);
        assertApiHeaders(description.headers());

        HttpResponse<String> swagger = send(plainGet("/api/v1/swagger-ui/index.html", "text/html"));
        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';", "frame-ancestors 'none'");

        HttpResponse<String> refused = send(plainGet("/api/v1/me", "application/json"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(refused.body()).contains("\"title\":\"Niet ingelogd\"");
        assertApiHeaders(refused.headers());
    }

    @Test
    void without_https_there_is_no_hsts() throws Exception {
        HttpResponse<String> page = send(plainGet("/welkom", "text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    // ---- redirects never from the Host header

    @Test
    void a_redirect_never_points_at_the_host_the_client_named() throws Exception {
        String response = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 302");
        String location = response.lines()
                .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                .findFirst()
                .orElseThrow();
        assertThat(location).contains("/" + SecuritySettings.LANDING_ROUTE).doesNotContain("evil.example");
        assertThat(location.substring(9).trim())
                .satisfiesAnyOf(
                        l -> assertThat(l).startsWith("/"),
                        l -> assertThat(l).startsWith("http://localhost:" + port + "/"));
    }

    // ---- the servlet container's own refusals and /error

    @Test
    void an_encoded_slash_in_an_api_address_is_a_dutch_problem() throws Exception {
        assertDutchProblem(send(plainGet("/api/v1/catalogue%2Fx", "application/json")), 400);
    }

    /** What Spring Security's firewall refuses in a path (encoded percent, semicolon, backslash). */
    @Test
    void an_address_the_firewall_refuses_is_a_dutch_problem() throws Exception {
        for (String path : List.of("/api/v1/catalogue/a%25b", "/api/v1/catalogue/a%3Bb", "/api/v1/catalogue/a%5Cb")) {
            HttpResponse<String> response = send(plainGet(path, "application/json"));
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .as(path + " " + response.body())
                    .contains("application/problem+json");
            assertThat(response.body()).as(path).contains("\"status\":400", "Ongeldig verzoek");
            assertNoFrameworkText(response.body());
        }
    }

    @Test
    void a_nul_in_an_api_address_is_a_dutch_problem() throws Exception {
        assertDutchProblem(send(plainGet("/api/v1/catalogue%00", "application/json")), 400);
    }

    /**
     * Over 8 KB of address a Dutch 414 problem (API) or page, over 8 KB of headers a 431; below, an API address answers
     * like any other (here: no token, 401). Beyond the 32 KB Tomcat reads no application code runs: Tomcat closes with
     * a bare 400 (no body, so neither an HTML page nor a server name).
     */
    @Test
    void an_oversized_address_or_header_is_a_dutch_problem() throws Exception {
        HttpResponse<String> huge = send(plainGet("/api/v1/" + "a".repeat(20_000), "application/json"));
        assertDutchProblem(huge, 414);
        assertThat(huge.body()).contains("Adres te lang");

        HttpResponse<String> hugeQuery = send(plainGet("/api/v1/catalogue?q=" + "a".repeat(9_000), "application/json"));
        assertDutchProblem(hugeQuery, 414);

        HttpResponse<String> page = send(plainGet("/welkom/" + "a".repeat(20_000), "text/html"));
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
        assertThat(page.body()).contains("lang=\"nl\"", "Adres te lang", "Naar de startpagina");
        assertNoFrameworkText(page.body());

        HttpResponse<String> cookie = send(HttpRequest.newBuilder(URI.create(app("/api/v1/catalogue")))
                .header("Accept", "application/json")
                .header("Cookie", "x=" + "b".repeat(10_000))
                .GET()
                .build());
        assertThat(cookie.statusCode()).as(cookie.body()).isEqualTo(431);
        assertThat(cookie.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(cookie.body()).contains("Kopregels te groot", "\"status\":431");

        HttpResponse<String> beyond = send(plainGet("/api/v1/" + "a".repeat(40_000), "application/json"));
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(beyond.body()).doesNotContain("<html");
        assertNoFrameworkText(beyond.body());

        HttpResponse<String> long7k = send(plainGet("/api/v1/" + "a".repeat(7_000), "application/json"));
        assertThat(long7k.statusCode()).isEqualTo(401);
        assertThat(long7k.body()).contains("\"title\":\"Niet ingelogd\"");
    }

    @Test
    void an_encoded_slash_on_a_page_address_is_a_dutch_page() throws Exception {
        HttpResponse<String> response = send(plainGet("/welkom%2Fx", "text/html"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("text/html");
        assertThat(response.body()).contains("lang=\"nl\"", "Ongeldig verzoek", "Naar de startpagina");
        assertNoFrameworkText(response.body());
    }

    @Test
    void error_opened_directly_is_not_found() throws Exception {
        assertDutchProblem(send(plainGet("/error", "application/json")), 404);
    }

    /**
     * Not a redirect to the login page or a 403: 404 with Vaadin's bootstrap page, whose router shows the Dutch
     * not-found page (its text: ShellTest, signed in and not). Also with a stale or foreign session cookie, and
     * deeper or with a trailing slash; a known page keeps 200.
     */
    @Test
    void an_unknown_page_address_is_404_with_the_vaadin_page_not_a_login_or_403() throws Exception {
        for (String path : List.of("/bestaat-niet-" + port, "/bevindingen/x/y/z", "/bestaat/niet/", "/welkom-x")) {
            for (String cookie : List.of("", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")) {
                HttpRequest.Builder request =
                        HttpRequest.newBuilder(URI.create(app(path))).header("Accept", "text/html");
                if (!cookie.isEmpty()) {
                    request.header("Cookie", cookie);
                }
                HttpResponse<String> response = send(request.GET().build());
                assertThat(response.statusCode()).as(path + " " + cookie).isEqualTo(404);
                assertThat(response.body()).contains("<html", "This file is auto-generated by Vaadin");
                assertPageHeaders(response.headers());
            }
        }
        HttpResponse<String> known = send(plainGet("/" + SecuritySettings.LANDING_ROUTE, "text/html"));
        assertThat(known.statusCode()).isEqualTo(200);
    }

    // ---- Spring MVC's own errors, with a token

    @Test
    void an_unknown_api_address_is_404_not_the_vaadin_page() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(signedIn(get("/api/v1/bestaat-niet"))).andReturn().getResponse();
        assertProblem(response, 404, "Niet gevonden");
    }

    @Test
    void english_when_the_client_prefers_it() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        signedIn(get("/api/v1/bestaat-niet")).header("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5"))
                .andReturn()
                .getResponse();
        assertProblem(response, 404, "Not found");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("does not exist");
    }

    @Test
    void a_mistyped_parameter_is_named_in_dutch() throws Exception {
        MockHttpServletResponse response = mvc.perform(signedIn(get("/api/v1/regions/veenland/register?page=abc")))
                .andReturn()
                .getResponse();
        assertProblem(response, 400, "Ongeldige invoer");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("De parameter 'page' heeft een ongeldige waarde.");
    }

    @Test
    void a_missing_parameter_is_named_in_dutch() throws Exception {
        MockHttpServletResponse response = mvc.perform(signedIn(put("/api/v1/regions/veenland/register/1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andReturn()
                .getResponse();
        assertProblem(response, 400, "Ongeldige invoer");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("De parameter 'revision' ontbreekt.");
    }

    @Test
    void an_unsupported_media_type_is_415_in_dutch() throws Exception {
        MockHttpServletResponse response = mvc.perform(signedIn(post("/api/v1/regions/veenland/register"))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("hallo"))
                .andReturn()
                .getResponse();
        assertProblem(response, 415, "Gegevenstype niet ondersteund");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("application/json");
    }

    @Test
    void a_method_not_allowed_is_405_in_dutch_with_allow() throws Exception {
        MockHttpServletResponse response = mvc.perform(signedIn(delete("/api/v1/regions/veenland/register")))
                .andReturn()
                .getResponse();
        assertProblem(response, 405, "Methode niet toegestaan");
        assertThat(response.getHeader("Allow")).contains("GET");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Dit adres ondersteunt DELETE niet");
    }

    // ---- helpers

    private HttpRequest plainGet(String path, String accept) {
        return HttpRequest.newBuilder(URI.create(app(path)))
                .header("Accept", accept)
                .GET()
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String app(String path) {
        return "http://localhost:" + port + path;
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static void assertPageHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'none'", "style-src 'self' 'unsafe-inline'");
        assertCommonHeaders(headers);
    }

    private static void assertApiHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "frame-ancestors 'none'");
        assertCommonHeaders(headers);
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    }

    private static void assertDutchProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"", "\"detail\":\"");
        assertThat(response.body()).containsAnyOf("Ongeldig verzoek", "Niet gevonden", "Adres te lang");
        assertThat(response.body()).doesNotContain("Bad request", "Not found", "Address too long");
        assertNoFrameworkText(response.body());
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String title) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).contains("application/problem+json");
        assertThat(body).contains("\"title\":\"" + title + "\"", "\"status\":" + status);
        assertNoFrameworkText(body);
    }

    private static void assertNoFrameworkText(String body) {
        for (String word : FRAMEWORK_WORDS) {
            assertThat(body).doesNotContain(word);
        }
    }

    private static MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.claim("preferred_username", "errors.api")
                        .claim("name", "Errors API")
                        .claim("roles", List.of("regio-member"))
                        .claim("regions", List.of("veenland")))
                .authorities(new SimpleGrantedAuthority("ROLE_regio-member")));
    }
}
