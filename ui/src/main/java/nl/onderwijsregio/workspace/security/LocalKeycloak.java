package nl.onderwijsregio.workspace.security;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import nl.onderwijsregio.workspace.keycloak.KeycloakDevServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Starts the local demo Keycloak (the real distribution, realm imported fresh) beside the app when no external
 * Keycloak is configured, and stops it when the app stops. It starts in the background, so the app does not wait.
 */
@Component
@ConditionalOnExpression(
        "'${workspace.security.issuer-uri:}'.isEmpty() and ${workspace.security.dev-keycloak.enabled:true}")
class LocalKeycloak {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);
    private final CompletableFuture<@Nullable KeycloakDevServer> server;

    LocalKeycloak(SecuritySettings settings) {
        int port = settings.devKeycloak().port();
        log.info("Starting the local demo Keycloak on http://localhost:{} (first start takes about a minute)", port);
        server = CompletableFuture.supplyAsync(() ->
                KeycloakDevServer.start(KeycloakDevServer.Options.defaults().withPort(port)));
    }

    @EventListener(ApplicationReadyEvent.class)
    void announceWhenReady(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String app = "http://localhost:" + env.getProperty("local.server.port", "8080");
        server.whenComplete((keycloak, failure) -> {
            if (failure != null) {
                log.error("The local demo Keycloak did not start; logging in is not possible", failure);
                return;
            }
            log.info("""

                    ============================================================
                     Werkruimte Onderwijsregio's draait op {}
                     Keycloak (demo-realm): {}
                     Demo-accounts (wachtwoord: demo):
                       lead.noordkust, member.noordkust, lead.veenland,
                       lead.rivierenland, lead.stedenband, multi, consultant,
                       national, catalogus, beheer
                    ============================================================""", app, keycloak.issuerUri());
        });
    }

    @PreDestroy
    void stop() {
        server.thenAccept(keycloak -> {
            if (keycloak != null) {
                keycloak.stop();
            }
        });
        if (!server.isDone()) {
            server.cancel(true);
        }
    }
}
