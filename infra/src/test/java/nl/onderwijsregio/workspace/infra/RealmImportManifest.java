package nl.onderwijsregio.workspace.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code KeycloakRealmImport} of {@code k8s/base/keycloak/realm-import.yaml}: the base realm of the keycloak
 * module (never the demo overlay), with the secrets of the clients {@code workspace} and {@code workspace-team} taken
 * from the Secret the app reads too.
 * The file is generated from the realm and checked against it by {@link ProductionManifestsTest}; after a change of
 * the realm, write it again:
 *
 * <pre>./mvnw -pl infra -am test -Dtest=ProductionManifestsTest -Dsurefire.failIfNoSpecifiedTests=false -Dk8s.write-realm-import=true</pre>
 */
final class RealmImportManifest {

    static final Path FILE = Manifests.K8S.resolve("base/keycloak/realm-import.yaml");
    static final String CLIENT = "workspace";
    static final String SECRET_PLACEHOLDER = "${WORKSPACE_CLIENT_SECRET}";
    static final String TEAM_CLIENT = "workspace-team";
    static final String TEAM_SECRET_PLACEHOLDER = "${WORKSPACE_TEAM_CLIENT_SECRET}";

    private RealmImportManifest() {}

    /** The realm as the import must hold it: the base realm, the client's secret a placeholder. */
    static ObjectNode expectedRealm() {
        ObjectNode realm = RealmFiles.baseRealm();
        for (JsonNode client : realm.withArray("clients")) {
            if (client.path("clientId").asString().equals(CLIENT)) {
                ((ObjectNode) client).put("secret", SECRET_PLACEHOLDER);
            }
            if (client.path("clientId").asString().equals(TEAM_CLIENT)) {
                ((ObjectNode) client).put("secret", TEAM_SECRET_PLACEHOLDER);
            }
        }
        return realm;
    }

    static String yaml() {
        Map<String, Object> placeholders = new LinkedHashMap<>();
        placeholders.put("WORKSPACE_BASE_URL", fromSecret("workspace-realm", "base-url"));
        placeholders.put("WORKSPACE_CLIENT_SECRET", fromSecret("workspace-oidc", "client-secret"));
        placeholders.put("WORKSPACE_TEAM_CLIENT_SECRET", fromSecret("workspace-oidc", "team-client-secret"));
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("keycloakCRName", "keycloak");
        spec.put("placeholders", placeholders);
        spec.put("realm", expectedRealm());
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        resource.put("kind", "KeycloakRealmImport");
        resource.put("metadata", Map.of("name", RealmFiles.REALM));
        resource.put("spec", spec);
        return """
                # GENERATED from keycloak/src/main/resources/keycloak/realm/onderwijsregio-realm.json (the base realm,
                # never the demo overlay) by infra's RealmImportManifest; ProductionManifestsTest fails when the two differ.
                # The Keycloak Operator imports it once, into a Keycloak without this realm. Placeholders come from
                # Secrets: the app's public URL (workspace-realm/base-url) and the client secrets the app uses as well
                # (workspace-oidc/client-secret, and workspace-oidc/team-client-secret for the Team screen's client).
                """ + Manifests.YAML.writeValueAsString(resource).replaceFirst("^---\\s*\\n", "");
    }

    /** Written in a fixed order (Map.of's order changes from run to run). */
    private static Map<String, Object> fromSecret(String name, String key) {
        Map<String, Object> secret = new LinkedHashMap<>();
        secret.put("name", name);
        secret.put("key", key);
        return Map.of("secret", secret);
    }

    static void write() throws IOException {
        Files.writeString(FILE, yaml());
    }
}
