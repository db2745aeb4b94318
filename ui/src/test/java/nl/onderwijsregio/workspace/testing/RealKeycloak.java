package nl.onderwijsregio.workspace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import nl.onderwijsregio.workspace.keycloak.KeycloakDevServer;
import nl.onderwijsregio.workspace.keycloak.KeycloakDistribution;

/**
 * The real Keycloak (the distribution, demo realm imported fresh), started once per test run and shared by its tests:
 * always one of the run's own, on a free port chosen at the first start and from a home of its own under target/,
 * never one found running (e.g. a demo Keycloak on 8180, which may hold other users and sessions).
 */
public final class RealKeycloak {

    private static KeycloakDevServer server;
    private static int port;
    /** Where the realm sends its mails: the app under test's mail catcher listens there (FullStackTest). */
    private static final int SMTP_PORT = KeycloakDevServer.freePort();
    /** The app under test's port (FullStackTest), free at the start of the run; the realm lets it sign in. */
    private static final int APP_PORT = KeycloakDevServer.freePort();

    private RealKeycloak() {}

    public static synchronized KeycloakDevServer server() {
        if (server == null) {
            if (port == 0) {
                port = KeycloakDevServer.freePort();
            }
            // the same port after a restart: the app under test keeps the issuer it was started with
            try {
                server = KeycloakDevServer.startOwn(KeycloakDevServer.Options.defaults()
                        .withPort(port)
                        .withHome(KeycloakDistribution.ownHome())
                        .withSmtpPort(SMTP_PORT)
                        .withAppUrl(appUrl())
                        // a first start on a busy 2-core machine can take well over the default three minutes
                        .withStartTimeout(java.time.Duration.ofMinutes(10)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** The port of the app under test (FullStackTest). */
    public static int appPort() {
        return APP_PORT;
    }

    /** The address of the app under test, which the realm lets sign in and out. */
    public static String appUrl() {
        return "http://localhost:" + APP_PORT;
    }

    /** The SMTP port the realm sends its mails to (the invitation mails of the Team screen). */
    public static int smtpPort() {
        return SMTP_PORT;
    }

    /** Stops it (for the "Keycloak is down" journey); {@link #server()} starts it again on the same port. */
    public static synchronized void stop() {
        server().stop();
        server = null;
    }
}
