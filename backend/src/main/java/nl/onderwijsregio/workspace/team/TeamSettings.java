package nl.onderwijsregio.workspace.team;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the team reaches Keycloak: the realm's issuer (empty: the local demo Keycloak on {@code devPort}) and the
 * service-account client {@code workspace-team} of the base realm with its secret (from the environment; the demo
 * realm's secret is only a default for the local demo Keycloak), and the ids of the two region roles.
 */
@ConfigurationProperties("workspace.team")
public record TeamSettings(
        @DefaultValue("") String issuerUri,
        @DefaultValue("8180") int devPort,
        @DefaultValue("workspace-team") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue(LEAD_ROLE_ID) String leadRoleId,
        @DefaultValue(MEMBER_ROLE_ID) String memberRoleId) {

    /** The ids the base realm gives the roles {@code regio-lead} and {@code regio-member} (onderwijsregio-realm.json). */
    static final String LEAD_ROLE_ID = "6f1c1d8e-2f1a-4c7e-9b1e-00000000001e";

    static final String MEMBER_ROLE_ID = "6f1c1d8e-2f1a-4c7e-9b1e-00000000002e";

    static final String DEMO_SECRET = "workspace-team-demo-secret";

    String issuer() {
        return issuerUri.isBlank()
                ? "http://localhost:" + devPort + "/realms/onderwijsregio"
                : issuerUri.replaceAll("/+$", "");
    }

    /** {@code <base>/admin/realms/<realm>} for the issuer {@code <base>/realms/<realm>}. */
    String adminBase() {
        String issuer = issuer();
        int at = issuer.lastIndexOf("/realms/");
        return issuer.substring(0, at) + "/admin" + issuer.substring(at);
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /**
     * The client's secret. The demo realm's secret only for the local demo Keycloak: against an external Keycloak a
     * missing secret is a configuration error (production mode refuses to start without it, see ProductionGuard).
     */
    String secret() {
        if (!clientSecret.isBlank()) {
            return clientSecret;
        }
        if (!issuerUri.isBlank()) {
            throw new IllegalStateException("KEYCLOAK_TEAM_CLIENT_SECRET is required with an external Keycloak.");
        }
        return DEMO_SECRET;
    }
}
