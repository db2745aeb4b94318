package nl.onderwijsregio.workspace.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Whether Keycloak answers right now, so the landing page can say so instead of sending people to a dead page. */
@Component
public class LoginAvailability {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI certs;

    LoginAvailability(SecuritySettings settings) {
        this.certs = URI.create(settings.effectiveIssuer() + "/protocol/openid-connect/certs");
    }

    public boolean reachable() {
        try {
            HttpRequest request = HttpRequest.newBuilder(certs)
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
