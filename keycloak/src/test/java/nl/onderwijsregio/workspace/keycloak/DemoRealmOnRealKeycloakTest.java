package nl.onderwijsregio.workspace.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Starts the real Keycloak once with the demo realm and checks what the application will rely on. */
class DemoRealmOnRealKeycloakTest {

    private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/keycloak";

    record DemoUser(String username, List<String> regions, List<String> roles, String email) {}

    static Stream<DemoUser> demoUsers() {
        return Stream.of(
                new DemoUser(
                        "lead.noordkust", List.of("noordkust"), List.of("regio-lead"), "sanne.devries@example.org"),
                new DemoUser(
                        "member.noordkust", List.of("noordkust"), List.of("regio-member"), "daan.bakker@example.org"),
                new DemoUser("lead.veenland", List.of("veenland"), List.of("regio-lead"), "fleur.jansen@example.org"),
                new DemoUser(
                        "lead.rivierenland",
                        List.of("rivierenland"),
                        List.of("regio-lead"),
                        "joost.vandenberg@example.org"),
                new DemoUser(
                        "lead.stedenband", List.of("stedenband"), List.of("regio-lead"), "noor.elamrani@example.org"),
                new DemoUser(
                        "multi",
                        List.of("veenland", "rivierenland"),
                        List.of("regio-member"),
                        "lotte.visser@example.org"),
                new DemoUser(
                        "consultant",
                        List.of("veenland", "rivierenland"),
                        List.of("regio-member"),
                        "mila.hoekstra@example.org"),
                new DemoUser("national", List.of(), List.of("national"), "pieter.smit@example.org"),
                new DemoUser("catalogus", List.of(), List.of("catalogue-admin"), "eva.mulder@example.org"),
                new DemoUser("beheer", List.of(), List.of("platform-admin"), "ruben.dejong@example.org"));
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static KeycloakDevServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakDevServer.startOwn();
        System.out.println("Keycloak of our own ready after "
                + keycloak.startupTime().toMillis() + " ms at " + keycloak.issuerUri());
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void every_demo_user_gets_exactly_the_roles_and_regions_of_the_table(DemoUser user) throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant(user.username(), "demo"));

        assertThat(strings(claims.get("roles"))).containsExactlyInAnyOrderElementsOf(user.roles());
        assertThat(strings(claims.get("regions"))).containsExactlyInAnyOrderElementsOf(user.regions());
        assertThat(strings(claims.get("aud"))).contains("workspace");
        assertThat(claims.get("iss").asString()).isEqualTo(keycloak.issuerUri());
        assertThat(claims.get("preferred_username").asString()).isEqualTo(user.username());
        assertThat(claims.get("email").asString()).isEqualTo(user.email());
        assertThat(claims.get("email_verified").asBoolean()).isTrue();
        assertThat(claims.get("given_name").asString()).isNotBlank();
        assertThat(claims.get("family_name").asString()).isNotBlank();
        assertThat(claims.get("name").asString()).isNotBlank();
    }

    @Test
    void multi_belongs_to_veenland_and_rivierenland() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("multi", "demo"));

        assertThat(strings(claims.get("regions"))).containsExactlyInAnyOrder("veenland", "rivierenland");
        assertThat(strings(claims.get("roles"))).containsExactly("regio-member");
    }

    @Test
    void national_has_no_region_claim() throws Exception {
        JsonNode claims = accessTokenClaims(passwordGrant("national", "demo"));

        assertThat(claims.has("regions")).isFalse();
        assertThat(strings(claims.get("roles"))).containsExactly("national");
    }

    @Test
    void id_token_and_userinfo_carry_roles_and_regions_too() throws Exception {
        JsonNode tokens = passwordGrant("lead.noordkust", "demo");
        JsonNode idToken = decode(tokens.get("id_token").asString());
        HttpResponse<String> userinfo = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak.issuerUri() + "/protocol/openid-connect/userinfo"))
                        .header(
                                "Authorization",
                                "Bearer " + tokens.get("access_token").asString())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(strings(idToken.get("roles"))).containsExactly("regio-lead");
        assertThat(strings(idToken.get("regions"))).containsExactly("noordkust");
        assertThat(userinfo.statusCode()).isEqualTo(200);
        JsonNode info = RealmFiles.parse(userinfo.body());
        assertThat(strings(info.get("roles"))).containsExactly("regio-lead");
        assertThat(strings(info.get("regions"))).containsExactly("noordkust");
        assertThat(info.get("preferred_username").asString()).isEqualTo("lead.noordkust");
    }

    @Test
    void wrong_password_is_rejected_as_invalid_grant() throws Exception {
        HttpResponse<String> response = post(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "workspace-cli",
                        "username",
                        "beheer",
                        "password",
                        "niet-demo"));

        // Keycloak 26 answers 400 invalid_grant here (RFC 6749 5.2); older releases answered 401.
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(RealmFiles.parse(response.body()).get("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void the_confidential_workspace_client_refuses_the_password_grant() throws Exception {
        HttpResponse<String> response = post(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "workspace",
                        "client_secret",
                        "workspace-demo-secret",
                        "username",
                        "beheer",
                        "password",
                        "demo"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(RealmFiles.parse(response.body()).get("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void authorization_request_without_pkce_is_refused() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak.issuerUri()
                                + "/protocol/openid-connect/auth?client_id=workspace&response_type=code&scope=openid&redirect_uri="
                                + enc(REDIRECT_URI)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(REDIRECT_URI)
                .contains("error=invalid_request")
                .contains("code_challenge_method");
    }

    @Test
    void lead_signs_in_through_the_dutch_themed_login_form_with_pkce() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authUrl = keycloak.issuerUri() + "/protocol/openid-connect/auth?client_id=workspace&response_type=code"
                + "&scope=openid&state=s1&redirect_uri=" + enc(REDIRECT_URI)
                + "&code_challenge_method=S256&code_challenge=" + challenge;

        HttpResponse<String> loginPage = browser.send(
                HttpRequest.newBuilder(URI.create(authUrl))
                        .header("Accept-Language", "nl")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body())
                .contains("lang=\"nl\"")
                .contains("Werkruimte Onderwijsregio&#39;s")
                .contains("/login/onderwijsregio/css/onderwijsregio.css")
                .contains("Inloggen");

        // Keycloak marks its cookies Secure; browsers send them to http://localhost, java.net.CookieManager does not.
        String cookies = loginPage.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';')))
                .collect(Collectors.joining("; "));
        HttpRequest submit = HttpRequest.newBuilder(
                        formPost(
                                formAction(loginPage.body()),
                                Map.of("username", "lead.veenland", "password", "demo", "credentialId", "")),
                        (n, v) -> true)
                .header("Cookie", cookies)
                .build();
        HttpResponse<String> afterLogin = browser.send(submit, HttpResponse.BodyHandlers.ofString());
        assertThat(afterLogin.statusCode()).as(afterLogin.body()).isEqualTo(302);
        String location = afterLogin.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT_URI + "?").contains("state=s1");

        HttpResponse<String> tokens = post(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "client_id",
                        "workspace",
                        "client_secret",
                        "workspace-demo-secret",
                        "redirect_uri",
                        REDIRECT_URI,
                        "code",
                        queryParameter(location, "code"),
                        "code_verifier",
                        verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode claims = accessTokenClaims(RealmFiles.parse(tokens.body()));
        assertThat(strings(claims.get("roles"))).containsExactly("regio-lead");
        assertThat(strings(claims.get("regions"))).containsExactly("veenland");
        assertThat(strings(claims.get("aud"))).contains("workspace");
    }

    @Test
    void the_keycloak_of_this_test_is_its_own_on_a_free_port() {
        assertThat(keycloak.reused()).isFalse();
        assertThat(keycloak.pid()).isPresent();
        assertThat(keycloak.port()).isNotEqualTo(KeycloakDevServer.DEFAULT_PORT);
        assertThatThrownBy(() -> KeycloakDevServer.startOwn(
                        KeycloakDevServer.Options.defaults().withPort(keycloak.port())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("in use");
    }

    @Test
    void a_second_start_reuses_the_running_keycloak_and_leaves_it_running() {
        KeycloakDevServer second =
                KeycloakDevServer.start(KeycloakDevServer.Options.defaults().withPort(keycloak.port()));
        second.stop();

        assertThat(second.reused()).isTrue();
        assertThat(second.pid()).isEmpty();
        assertThat(KeycloakProcess.answers200(keycloak.issuerUri() + "/.well-known/openid-configuration"))
                .isTrue();
    }

    // ---- helpers

    @Test
    void the_team_service_account_manages_region_groups_and_only_the_two_region_roles() throws Exception {
        JsonNode token = RealmFiles.parse(post(
                        keycloak.tokenEndpoint(),
                        Map.of(
                                "grant_type", "client_credentials",
                                "client_id", "workspace-team",
                                "client_secret", "workspace-team-demo-secret"))
                .body());
        String bearer = "Bearer " + token.get("access_token").asString();
        String admin = keycloak.baseUrl() + "/admin/realms/" + RealmFiles.REALM;

        JsonNode groups = RealmFiles.parse(admin(bearer, "GET", admin + "/groups?exact=true&search=noordkust", null)
                .body());
        String noordkust = groups.get(0).get("subGroups").get(0).get("id").asString();
        JsonNode members = RealmFiles.parse(admin(bearer, "GET", admin + "/groups/" + noordkust + "/members", null)
                .body());
        assertThat(members.findValuesAsString("username")).contains("lead.noordkust", "member.noordkust");
        JsonNode member = null;
        for (JsonNode candidate : members) {
            if (candidate.get("username").asString().equals("member.noordkust")) {
                member = candidate;
            }
        }
        assertThat(member).isNotNull();
        String roles = admin + "/users/" + member.get("id").asString() + "/role-mappings/realm";
        JsonNode memberRoles =
                RealmFiles.parse(admin(bearer, "GET", roles, null).body());
        assertThat(memberRoles.findValuesAsString("name")).contains("regio-member");

        // the invitation looks people up by e-mail address: members of region groups are found, others are not seen
        JsonNode found = RealmFiles.parse(admin(
                        bearer,
                        "GET",
                        admin + "/users?exact=true&briefRepresentation=true&email=" + enc("daan.bakker@example.org"),
                        null)
                .body());
        assertThat(found.findValuesAsString("username")).containsExactly("member.noordkust");
        HttpResponse<String> administrator = admin(
                bearer,
                "GET",
                admin + "/users?exact=true&briefRepresentation=true&email=" + enc("ruben.dejong@example.org"),
                null);
        assertThat(administrator.statusCode()).isEqualTo(200);
        assertThat(RealmFiles.parse(administrator.body()).size())
                .as("the platform administrator is in no region group")
                .isZero();

        // clients, realm roles and other roles stay out of reach
        assertThat(admin(bearer, "GET", admin + "/clients", null).statusCode()).isEqualTo(403);
        assertThat(admin(bearer, "GET", admin + "/roles/platform-admin", null).statusCode())
                .isEqualTo(403);
        assertThat(admin(bearer, "POST", admin + "/roles", "{\"name\":\"zelfgemaakt\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(admin(bearer, "POST", roles, "[{\"name\":\"platform-admin\"}]")
                        .statusCode())
                .as("mapping another role")
                .isIn(403, 404);
        // the two region roles can be given and taken (back to where it was)
        String lead = "[{\"id\":\"6f1c1d8e-2f1a-4c7e-9b1e-00000000001e\",\"name\":\"regio-lead\"}]";
        assertThat(admin(bearer, "POST", roles, lead).statusCode()).isEqualTo(204);
        assertThat(admin(bearer, "DELETE", roles, lead).statusCode()).isEqualTo(204);
        assertThat(RealmFiles.parse(admin(bearer, "GET", roles, null).body()).findValuesAsString("name"))
                .contains("regio-member")
                .doesNotContain("regio-lead");
    }

    private static HttpResponse<String> admin(String bearer, String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * One person signing in on several devices at the same moment (a laptop and a phone): each login gets in. With the
     * realm's brute-force detection, Keycloak refused every login of a user but one while they ran at the same time
     * ({@code user_temporarily_disabled}, the password right), unless the server allows concurrent logins
     * ({@link KeycloakServerOptions}).
     */
    @Test
    void one_person_signing_in_on_several_devices_at_the_same_moment_gets_in_on_each() throws Exception {
        int devices = 3;
        for (int round = 0; round < 3; round++) {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(devices);
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(devices);
            try {
                List<java.util.concurrent.Future<HttpResponse<String>>> logins = new ArrayList<>();
                for (int device = 0; device < devices; device++) {
                    logins.add(threads.submit(() -> {
                        HttpRequest login = formPost(
                                keycloak.tokenEndpoint(),
                                Map.of(
                                        "grant_type", "password",
                                        "client_id", "workspace-cli",
                                        "scope", "openid",
                                        "username", "consultant",
                                        "password", "demo"));
                        start.await(30, java.util.concurrent.TimeUnit.SECONDS);
                        return HTTP.send(login, HttpResponse.BodyHandlers.ofString());
                    }));
                }
                for (var login : logins) {
                    HttpResponse<String> response = login.get(2, java.util.concurrent.TimeUnit.MINUTES);
                    assertThat(response.statusCode())
                            .as("round %d: %s", round, response.body())
                            .isEqualTo(200);
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static JsonNode passwordGrant(String username, String password) throws Exception {
        HttpResponse<String> response = post(
                keycloak.tokenEndpoint(),
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "workspace-cli",
                        "scope",
                        "openid",
                        "username",
                        username,
                        "password",
                        password));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RealmFiles.parse(response.body());
    }

    private static JsonNode accessTokenClaims(JsonNode tokenResponse) {
        return decode(tokenResponse.get("access_token").asString());
    }

    private static JsonNode decode(String jwt) {
        return RealmFiles.parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** A claim as a list of strings: absent is empty, a single string (e.g. one {@code aud}) is one element. */
    private static List<String> strings(JsonNode claim) {
        List<String> values = new ArrayList<>();
        if (claim == null || claim.isNull()) {
            return values;
        }
        if (claim.isArray()) {
            claim.forEach(v -> values.add(v.asString()));
        } else {
            values.add(claim.asString());
        }
        return values;
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        return HTTP.send(formPost(url, form), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest formPost(String url, Map<String, String> form) {
        String body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String formAction(String html) {
        Matcher m = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            m = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"")
                    .matcher(html);
            assertThat(m.find()).as("login form in page").isTrue();
        }
        return m.group(1).replace("&amp;", "&");
    }

    private static String queryParameter(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + url);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
