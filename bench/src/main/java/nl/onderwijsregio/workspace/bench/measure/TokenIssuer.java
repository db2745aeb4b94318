package nl.onderwijsregio.workspace.bench.measure;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import nl.onderwijsregio.workspace.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for Keycloak during the benchmark: serves a JWK set at the realm's usual path on a free loopback port
 * and signs access tokens (RS256) with the claims the real realm puts in them. The app is pointed at it as an
 * "external Keycloak" ({@code workspace.security.issuer-uri}), so it validates the tokens exactly as in production.
 * It also serves the browser login (authorization-code flow, {@link LoginFlow}) for the people registered with it.
 */
public final class TokenIssuer implements AutoCloseable {

    private static final String KEY_ID = "bench";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private final HttpServer server;
    private final KeyPair keys;
    private final JsonMapper json = JsonMapper.builder().build();
    private final LoginFlow login = new LoginFlow(this);

    private TokenIssuer(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
    }

    public static TokenIssuer start() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        TokenIssuer issuer = new TokenIssuer(server, keys);
        byte[] jwks = issuer.jwks();
        server.createContext("/realms/bench/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuer.login.install(server, "/realms/bench/protocol/openid-connect");
        server.start();
        return issuer;
    }

    /** The issuer URI to configure in the app. */
    public String issuerUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
    }

    /** An access token for a member of {@code region}, valid for an hour, with the workspace audience. */
    public String memberToken(String username, String region) {
        return token(username, Role.REGIO_MEMBER.claim(), List.of(region));
    }

    /** An access token for someone of the Realisatie-Eenheid (role {@code national}, no region). */
    public String nationalToken(String username) {
        return token(username, Role.NATIONAL.claim(), List.of());
    }

    /** The browser login of this issuer: register the people who sign in. */
    public LoginFlow login() {
        return login;
    }

    String token(String username, String role, List<String> regions) {
        var claims = claims(username, role, regions);
        claims.put("aud", List.of("workspace", "account"));
        return sign(claims);
    }

    /** The claims the realm gives a person, with issuer, subject and an hour's validity. */
    java.util.Map<String, Object> claims(String username, String role, List<String> regions) {
        long now = Instant.now().getEpochSecond();
        var claims = new java.util.LinkedHashMap<String, Object>();
        claims.put("iss", issuerUri());
        claims.put("sub", username);
        claims.put("preferred_username", username);
        claims.put("name", username);
        claims.put("email", username.replaceAll("[^A-Za-z0-9.]", "") + "@bench.invalid");
        claims.put("email_verified", true);
        claims.put("roles", List.of(role));
        claims.put("regions", regions);
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        return claims;
    }

    JsonMapper json() {
        return json;
    }

    String sign(java.util.Map<String, Object> claims) {
        String header = encode(json.writeValueAsBytes(java.util.Map.of("alg", "RS256", "typ", "JWT", "kid", KEY_ID)));
        String payload = encode(json.writeValueAsBytes(claims));
        String signingInput = header + "." + payload;
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + encode(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return json.writeValueAsBytes(java.util.Map.of(
                "keys",
                List.of(java.util.Map.of(
                        "kty",
                        "RSA",
                        "kid",
                        KEY_ID,
                        "use",
                        "sig",
                        "alg",
                        "RS256",
                        "n",
                        encode(unsigned(key.getModulus().toByteArray())),
                        "e",
                        encode(unsigned(key.getPublicExponent().toByteArray()))))));
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String encode(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
