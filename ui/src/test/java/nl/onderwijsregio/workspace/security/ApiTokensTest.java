package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The realm's keys through a Keycloak outage: the keys last fetched keep validating tokens after their time to be
 * fetched again has passed (the API keeps working while Keycloak restarts), a token with a key not seen yet is
 * refused then, and a rotated key is fetched at its first token once Keycloak is back. And the keys are fetched with a
 * read timeout: a login service that accepts the connection but never answers
 * fails the token check ("Read timed out", then a 503 from {@link LoginServiceUnavailableFilter}) instead of holding
 * the request thread.
 */
class ApiTokensTest {

    @Test
    void a_login_service_that_accepts_but_never_answers_fails_the_check_instead_of_hanging() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept()); // accepted, never answered
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            String issuer = "http://127.0.0.1:" + silent.getLocalPort() + "/realms/silent";
            SecuritySettings settings = new SecuritySettings(
                    issuer, "workspace", "secret", "workspace", new SecuritySettings.DevKeycloak(false, 0));
            JwtDecoder decoder =
                    new ApiTokens(settings, new StaticListableBeanFactory().getBeanProvider(Clock.class)).decoder();
            String token = signedToken(issuer);

            assertTimeoutPreemptively(
                    Duration.ofSeconds(60),
                    () -> assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class));
            acceptor.interrupt();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void the_keys_last_fetched_keep_working_while_keycloak_is_down_and_a_rotated_key_is_fetched_when_it_is_back()
            throws Exception {
        RSAKey first = new RSAKeyGenerator(2048).keyID("eerste").generate();
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("nieuw").generate();
        AtomicReference<RSAKey> published = new AtomicReference<>(first);
        AtomicInteger fetched = new AtomicInteger();
        HttpServer keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int port = keycloak.getAddress().getPort();
        String issuer = "http://127.0.0.1:" + port + "/realms/onderwijsregio";
        serveKeys(keycloak, published, fetched);
        JwtDecoder decoder = new ApiTokens(
                        new SecuritySettings(
                                issuer, "workspace", "secret", "workspace", new SecuritySettings.DevKeycloak(false, 0)),
                        new StaticListableBeanFactory().getBeanProvider(Clock.class))
                .decoder(Duration.ofMillis(300), Duration.ofHours(1));
        String token = signedToken(issuer, first);
        try {
            assertThat(decoder.decode(token).getSubject()).isEqualTo("someone");
            assertThat(fetched).hasValue(1);
        } finally {
            keycloak.stop(0);
        }

        Thread.sleep(600); // past the keys' time to be fetched again, with Keycloak down
        assertThat(decoder.decode(token).getSubject())
                .as("the keys last fetched, during the outage")
                .isEqualTo("someone");
        String withTheNewKey = signedToken(issuer, rotated);
        assertThatThrownBy(() -> decoder.decode(withTheNewKey))
                .as("a key not seen yet cannot be checked while Keycloak is down: refused as a bad token (401)")
                .isInstanceOf(BadJwtException.class);

        published.set(rotated);
        HttpServer back = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        serveKeys(back, published, fetched);
        try {
            assertThat(decoder.decode(withTheNewKey).getSubject())
                    .as("the rotated key, fetched at its first token")
                    .isEqualTo("someone");
        } finally {
            back.stop(0);
        }
    }

    private static void serveKeys(HttpServer server, AtomicReference<RSAKey> published, AtomicInteger fetched) {
        server.createContext("/realms/onderwijsregio/protocol/openid-connect/certs", exchange -> {
            fetched.incrementAndGet();
            byte[] body = new JWKSet(published.get().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private static String signedToken(String issuer) throws Exception {
        return signedToken(issuer, new RSAKeyGenerator(2048).keyID("k1").generate());
    }

    private static String signedToken(String issuer, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .audience("workspace")
                        .subject("someone")
                        .expirationTime(Date.from(Clock.systemUTC().instant().plus(Duration.ofMinutes(5))))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
