package nl.onderwijsregio.workspace.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The base realm is what production imports: it must be free of demo data. */
class BaseRealmTest {

    private final ObjectNode base = RealmFiles.baseRealm();

    @Test
    void base_realm_has_no_people_no_cli_client_and_no_secret() {
        assertThat(base.get("users")).hasSize(1);
        assertThat(base.get("users").get(0).get("serviceAccountClientId").asString())
                .as("the only user is the team's service account")
                .isEqualTo("workspace-team");
        assertThat(RealmMergeTest.clientIds(base)).containsExactly("workspace", "workspace-team", "admin-permissions");
        assertThat(keysAnywhere(base)).doesNotContain("secret", "credentials");
        assertThat(RealmFiles.toJson(base)).doesNotContain("localhost").doesNotContain("demo");
    }

    @Test
    void the_team_service_account_has_no_admin_role_beyond_querying_and_only_the_region_permissions() {
        assertThat(base.get("adminPermissionsEnabled").asBoolean()).isTrue();
        var roles = base.get("users").get(0).get("clientRoles");
        assertThat(RealmMergeTest.strings(roles.get("realm-management")))
                .containsExactlyInAnyOrder("query-users", "query-groups");
        assertThat(roles.propertyNames()).containsExactly("realm-management");
        // its tokens carry the two query roles only through the client's scope (fullScopeAllowed is off)
        var scope = base.get("clientScopeMappings").get("realm-management");
        assertThat(scope.size()).isEqualTo(1);
        assertThat(scope.get(0).get("client").asString()).isEqualTo("workspace-team");
        assertThat(RealmMergeTest.strings(scope.get(0).get("roles")))
                .containsExactlyInAnyOrder("query-users", "query-groups");
        var permissions =
                base.get("clients").get(2).get("authorizationSettings").get("policies");
        var text = RealmFiles.toJson(permissions);
        assertThat(text)
                .contains("6f1c1d8e-2f1a-4c7e-9b1e-00000000001e", "6f1c1d8e-2f1a-4c7e-9b1e-00000000002e")
                .doesNotContain("\\\"manage\\\"", "impersonate", "reset-password");
        assertThat(base.get("roles").get("realm").get(0).get("id").asString())
                .isEqualTo("6f1c1d8e-2f1a-4c7e-9b1e-00000000001e");
    }

    @Test
    void base_realm_region_parent_group_is_empty() {
        assertThat(base.get("groups")).hasSize(2);
        assertThat(base.get("groups").get(0).get("name").asString()).isEqualTo("regio's");
        assertThat(base.get("groups").get(0).get("subGroups")).isEmpty();
    }

    @Test
    void base_realm_keeps_people_removed_from_their_last_region_in_a_group_of_their_own() {
        // where the team client still sees them, to invite them again (its group permissions cover every group)
        assertThat(base.get("groups").get(1).get("name").asString()).isEqualTo("voormalige-leden");
        assertThat(base.get("groups").get(1).get("subGroups")).isEmpty();
    }

    @Test
    void base_realm_defines_the_five_application_roles() {
        List<String> roles = new ArrayList<>();
        base.get("roles").get("realm").forEach(r -> roles.add(r.get("name").asString()));
        assertThat(roles)
                .containsExactlyInAnyOrder(
                        "regio-lead", "regio-member", "national", "catalogue-admin", "platform-admin");
    }

    @Test
    void workspace_client_is_confidential_code_flow_with_pkce_only() {
        JsonNode client = base.get("clients").get(0);
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isFalse();
        // Keycloak tells the app about ended sessions server to server (back-channel), also when no browser is open
        assertThat(client.get("frontchannelLogout").asBoolean()).isFalse();
        assertThat(client.get("attributes").get("backchannel.logout.url").asString())
                .isEqualTo("${WORKSPACE_BASE_URL}/logout/connect/back-channel/keycloak");
        assertThat(client.get("attributes")
                        .get("backchannel.logout.session.required")
                        .asString())
                .isEqualTo("true");
        assertThat(client.get("attributes").get("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(RealmMergeTest.strings(client.get("redirectUris")))
                .containsExactly("${WORKSPACE_BASE_URL}/login/oauth2/code/keycloak");
    }

    @Test
    void login_is_dutch_first_with_the_onderwijsregio_theme_and_brute_force_protection() {
        assertThat(base.get("internationalizationEnabled").asBoolean()).isTrue();
        assertThat(RealmMergeTest.strings(base.get("supportedLocales"))).containsExactlyInAnyOrder("nl", "en");
        assertThat(base.get("defaultLocale").asString()).isEqualTo("nl");
        assertThat(base.get("loginTheme").asString()).isEqualTo(LoginTheme.NAME);
        assertThat(base.get("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    void theme_file_list_matches_the_theme_folder() throws IOException {
        Path root = Path.of("src/main/resources", LoginTheme.RESOURCE_ROOT);
        try (Stream<Path> files = Files.walk(root)) {
            List<String> onDisk = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
            assertThat(onDisk).containsExactlyInAnyOrderElementsOf(LoginTheme.FILES);
        }
    }

    private static List<String> keysAnywhere(JsonNode node) {
        List<String> keys = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                keys.add(e.getKey());
                keys.addAll(keysAnywhere(e.getValue()));
            }
        } else if (node.isArray()) {
            node.forEach(child -> keys.addAll(keysAnywhere(child)));
        }
        return keys;
    }
}
