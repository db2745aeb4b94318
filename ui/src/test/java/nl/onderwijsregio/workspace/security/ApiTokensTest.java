package nl.onderwijsregio.workspace.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The realm's keys are fetched with a read timeout: a login service that accepts the connection but never answers
 * fails the token check ("Read timed out", then a 503 from {@link LoginServiceUnavailableFilter}) instead of holding
 * the request thread. Spring Security's decoder has that timeout by default; this keeps it so.
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

    private static String signedToken(String issuer) throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
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
