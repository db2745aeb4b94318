package nl.onderwijsregio.workspace.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that cross Keycloak, the app and the database: the whole app on a port chosen free once per test run
 * (the test's Keycloak lets it sign in: {@link RealKeycloak}) against the real Keycloak and the real PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class FullStackTest {

    public static final String APP = RealKeycloak.appUrl();

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        registry.add("server.port", RealKeycloak::appPort);
        RealPostgres.register(registry);
        registry.add(
                "workspace.security.issuer-uri", () -> RealKeycloak.server().issuerUri());
        registry.add("workspace.security.client-secret", () -> "workspace-demo-secret");
        // the demo realm's secret of the team client: an external issuer gets no default secret (TeamSettings)
        registry.add("workspace.team.client-secret", () -> "workspace-team-demo-secret");
        // the app's local mail catcher receives the realm's mails too (invitations), on the port the realm was given
        registry.add("workspace.mail.catcher.smtp-port", RealKeycloak::smtpPort);
        registry.add("workspace.mail.catcher.web-port", () -> 0);
    }
}
