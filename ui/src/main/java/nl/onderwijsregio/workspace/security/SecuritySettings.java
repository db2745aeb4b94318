package nl.onderwijsregio.workspace.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the workspace's identity provider lives.
 *
 * @param issuerUri    issuer of an external Keycloak realm; empty means the local demo Keycloak started by the app
 * @param clientId     the confidential web client
 * @param clientSecret its secret; the demo realm's secret is only a default for the local demo Keycloak
 * @param audience     the audience API tokens must carry
 * @param devKeycloak  the local demo Keycloak
 */
@ConfigurationProperties("workspace.security")
public record SecuritySettings(
        @DefaultValue("") String issuerUri,
        @DefaultValue("workspace") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("workspace") String audience,
        @DefaultValue DevKeycloak devKeycloak) {

    static final String DEMO_SECRET = "workspace-demo-secret";
    /** Where people who are not signed in land: the page with the login button. */
    public static final String LANDING_ROUTE = "welkom";

    /**
     * The local demo Keycloak.
     *
     * @param enabled start it when no external issuer is configured
     * @param port    its HTTP port on localhost
     */
    public record DevKeycloak(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("8180") int port) {}

    public boolean external() {
        return !issuerUri.isBlank();
    }

    /** The issuer actually used: the external one, or the local demo Keycloak's. */
    public String effectiveIssuer() {
        return external()
                ? issuerUri.replaceAll("/+$", "")
                : "http://localhost:" + devKeycloak.port() + "/realms/onderwijsregio";
    }

    public String effectiveSecret() {
        if (!clientSecret.isBlank()) {
            return clientSecret;
        }
        if (external()) {
            throw new IllegalStateException("KEYCLOAK_CLIENT_SECRET is required with an external Keycloak.");
        }
        return DEMO_SECRET;
    }
}
