package nl.onderwijsregio.workspace.security;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.database.DatabaseMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code WORKSPACE_PRODUCTION=true} the app refuses to start on any of the conveniences meant for a laptop: the
 * embedded database, the local demo Keycloak, the demo secret of the team's Keycloak client, demo data in the database, cookies without the secure flag, or a public
 * address that is not HTTPS (the base of the public catalogue's persistent DCAT IRIs). Without it (the default),
 * nothing changes.
 */
@Component
class ProductionGuard {

    ProductionGuard(Environment environment, DatabaseMode database) {
        List<String> problems = problems(environment, database);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Productiemodus (WORKSPACE_PRODUCTION=true): de werkruimte start niet, want "
                            + String.join("; ", problems) + ".");
        }
    }

    static List<String> problems(Environment environment, DatabaseMode database) {
        if (!environment.getProperty("workspace.production", Boolean.class, false)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        if (database == DatabaseMode.EMBEDDED) {
            problems.add("er is geen externe database ingesteld (SPRING_DATASOURCE_URL)");
        }
        if (environment.getProperty("workspace.security.issuer-uri", "").isBlank()) {
            problems.add("er is geen externe Keycloak ingesteld (KEYCLOAK_ISSUER_URI)");
        }
        if (environment.getProperty("workspace.team.client-secret", "").isBlank()) {
            problems.add("het geheim van de Keycloak-client voor het team ontbreekt (KEYCLOAK_TEAM_CLIENT_SECRET)");
        }
        if ("always".equals(environment.getProperty("workspace.demo-data", "auto"))) {
            problems.add("demodata staat aan (WORKSPACE_DEMO_DATA=always)");
        }
        if (!environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            problems.add("sessiecookies zijn niet beveiligd (WORKSPACE_SECURE_COOKIES=true)");
        }
        if (!trustworthy(environment.getProperty("workspace.public-url", ""))) {
            problems.add("het openbare adres is geen https-adres (WORKSPACE_PUBLIC_URL)");
        }
        return problems;
    }

    /**
     * An https address, or plain http on the machine itself (loopback is a trustworthy origin for browsers, which
     * also keep secure cookies there): a production-mode run on one machine without a TLS proxy, as CI starts it.
     */
    static boolean trustworthy(String publicUrl) {
        return publicUrl.startsWith("https://")
                || publicUrl.matches("http://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?(/.*)?");
    }
}
