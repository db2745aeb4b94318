package nl.onderwijsregio.workspace.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team client's token when Keycloak stops accepting it before it expires (Keycloak restarted and forgot the
 * token's session, or an administrator revoked it): the directory asks once for a new token and goes on, also when
 * many requests meet the rejection at once; a Keycloak that rejects every token gives the lead the Keycloak message,
 * not a loop. Against a small Keycloak stand-in on a free port of localhost that hands out numbered tokens.
 */
class ServiceAccountTokenRenewalTest {

    private HttpServer keycloak;
    private final ExecutorService handlers = Executors.newFixedThreadPool(8);
    private final AtomicInteger issued = new AtomicInteger();
    /** The lowest token number the admin API accepts: raising it is what a restart of Keycloak does to kept tokens. */
    private volatile int acceptedFrom = 1;

    private KeycloakTeamDirectory directory;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.setExecutor(handlers);
        keycloak.createContext("/realms/onderwijsregio/protocol/openid-connect/token", exchange -> {
            exchange.getRequestBody().readAllBytes();
            answer(exchange, 200, "{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":300}");
        });
        keycloak.createContext("/admin/realms/onderwijsregio/", exchange -> {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            int number = Integer.parseInt(bearer.substring("Bearer token-".length()));
            if (number < acceptedFrom) {
                answer(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
            } else {
                answer(exchange, 200, "[]");
            }
        });
        keycloak.start();
        directory = new KeycloakTeamDirectory(new TeamSettings(
                "http://localhost:" + keycloak.getAddress().getPort() + "/realms/onderwijsregio",
                0,
                "workspace-team",
                "secret",
                TeamSettings.LEAD_ROLE_ID,
                TeamSettings.MEMBER_ROLE_ID));
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void a_token_keycloak_no_longer_accepts_is_replaced_once_and_the_call_succeeds() {
        assertThat(directory.findByEmail("a@example.org")).isEmpty();
        assertThat(issued).hasValue(1);
        assertThat(directory.findByEmail("a@example.org")).as("the kept token").isEmpty();
        assertThat(issued).hasValue(1);

        acceptedFrom = 2; // Keycloak restarted
        assertThat(directory.findByEmail("a@example.org")).isEmpty();
        assertThat(issued).as("one new token").hasValue(2);
        assertThat(directory.findByEmail("a@example.org")).isEmpty();
        assertThat(issued).hasValue(2);
    }

    @Test
    void many_calls_meeting_the_rejection_at_once_fetch_one_new_token_and_all_succeed() throws Exception {
        directory.findByEmail("a@example.org");
        acceptedFrom = 2;
        int threads = 12;
        CyclicBarrier together = new CyclicBarrier(threads);
        List<CompletableFuture<Optional<DirectoryPerson>>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String email = "p" + i + "@example.org";
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return directory.findByEmail(email);
            }));
        }
        for (CompletableFuture<Optional<DirectoryPerson>> call : calls) {
            assertThat(call.get()).isEmpty();
        }
        assertThat(issued).as("one new token for all of them").hasValue(2);
    }

    @Test
    void a_keycloak_that_rejects_every_token_gives_the_keycloak_message_after_one_new_token() {
        acceptedFrom = Integer.MAX_VALUE;
        assertThatThrownBy(() -> directory.findByEmail("a@example.org"))
                .isInstanceOf(TeamRuleException.class)
                .extracting(e -> ((TeamRuleException) e).key())
                .isEqualTo("team.error.keycloak");
        assertThat(issued).hasValue(2);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
