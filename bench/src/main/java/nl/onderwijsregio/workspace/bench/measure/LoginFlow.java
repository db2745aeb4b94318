package nl.onderwijsregio.workspace.bench.measure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorization-code flow of the bench's issuer, at Keycloak's paths ({@code /auth}, {@code /token},
 * {@code /userinfo}): the app's real OIDC login (Spring Security's client: state, nonce, PKCE, ID token signature,
 * issuer, audience and nonce checks, user info) runs against it. There is no password form: the person signing in is
 * named in the authorization request's standard {@code login_hint}, and must be {@link #register registered}.
 */
public final class LoginFlow {

    /** Someone who can sign in: their realm role and regions. */
    public record Person(String username, String role, List<String> regions) {}

    private record Grant(Person person, String nonce, String clientId) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private final TokenIssuer issuer;
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Person> accessTokens = new ConcurrentHashMap<>();

    LoginFlow(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    public void register(Person person) {
        people.put(person.username(), person);
    }

    void install(HttpServer server, String base) {
        server.createContext(base + "/auth", this::authorize);
        server.createContext(base + "/token", this::token);
        server.createContext(base + "/userinfo", this::userInfo);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        Person person = people.get(q.getOrDefault("login_hint", ""));
        if (person == null || !"code".equals(q.get("response_type"))) {
            respond(exchange, 400, Map.of("error", "invalid_request"));
            return;
        }
        String code = random();
        codes.put(code, new Grant(person, q.getOrDefault("nonce", ""), q.getOrDefault("client_id", "")));
        String location = q.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(q.getOrDefault("state", ""), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> f = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(f.getOrDefault("code", ""));
        if (grant == null || !"authorization_code".equals(f.get("grant_type"))) {
            respond(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        Person p = grant.person();
        String access = issuer.token(p.username(), p.role(), p.regions());
        accessTokens.put(access, p);
        Map<String, Object> id = issuer.claims(p.username(), p.role(), p.regions());
        id.put("aud", List.of(grant.clientId()));
        id.put("azp", grant.clientId());
        id.put("nonce", grant.nonce());
        respond(
                exchange,
                200,
                Map.of(
                        "access_token",
                        access,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        3600,
                        "scope",
                        "openid profile email",
                        "id_token",
                        issuer.sign(id)));
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Person p = authorization == null ? null : accessTokens.get(authorization.replaceFirst("^Bearer ", ""));
        if (p == null) {
            respond(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        Map<String, Object> claims = issuer.claims(p.username(), p.role(), p.regions());
        claims.keySet().removeAll(List.of("iss", "iat", "exp"));
        respond(exchange, 200, claims);
    }

    private void respond(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = issuer.json().writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(
                    URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
