package nl.onderwijsregio.workspace.testing;

import nl.onderwijsregio.workspace.keycloak.KeycloakDevServer;

/** The real Keycloak (the distribution, demo realm imported fresh), started once per test run and shared. */
public final class RealKeycloak {

    private static KeycloakDevServer server;

    private RealKeycloak() {
    }

    public static synchronized KeycloakDevServer server() {
        if (server == null) {
            server = KeycloakDevServer.start();
        }
        return server;
    }

    /** Stops and starts it again (for the "Keycloak is down" journey); returns whether it was ours to stop. */
    public static synchronized boolean stop() {
        KeycloakDevServer current = server();
        if (current.reused()) {
            return false;
        }
        current.stop();
        server = null;
        return true;
    }
}
