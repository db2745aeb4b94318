package nl.onderwijsregio.workspace.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RealmMergeTest {

    private static ObjectNode json(String text) {
        return (ObjectNode) RealmFiles.parse(text.replace('\'', '"'));
    }

    @Test
    void clients_merge_by_client_id_and_overlay_scalars_and_scalar_lists_win() {
        ObjectNode base = json("{'clients':[{'clientId':'app','publicClient':false,'redirectUris':['${X}/cb'],"
                + "'protocolMappers':[{'name':'roles'}]}]}");
        ObjectNode overlay =
                json("{'clients':[{'clientId':'app','secret':'s','redirectUris':['http://a/cb','http://b/cb']},"
                        + "{'clientId':'cli','publicClient':true}]}");

        ObjectNode merged = RealmMerge.merge(base, overlay);

        JsonNode app = merged.get("clients").get(0);
        assertThat(merged.get("clients")).hasSize(2);
        assertThat(app.get("secret").asString()).isEqualTo("s");
        assertThat(app.get("publicClient").asBoolean()).isFalse();
        assertThat(strings(app.get("redirectUris"))).containsExactly("http://a/cb", "http://b/cb");
        assertThat(app.get("protocolMappers")).hasSize(1);
        assertThat(merged.get("clients").get(1).get("clientId").asString()).isEqualTo("cli");
    }

    @Test
    void groups_merge_by_name_so_overlay_subgroups_land_under_the_base_parent() {
        ObjectNode base = json("{'groups':[{'name':'regios','subGroups':[]}]}");
        ObjectNode overlay = json(
                "{'groups':[{'name':'regios','subGroups':[{'name':'noordkust'}]}]," + "'users':[{'username':'u1'}]}");

        ObjectNode merged = RealmMerge.merge(base, overlay);

        assertThat(merged.get("groups")).hasSize(1);
        assertThat(merged.get("groups")
                        .get(0)
                        .get("subGroups")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("noordkust");
        assertThat(merged.get("users")).hasSize(1);
    }

    @Test
    void merging_leaves_the_inputs_untouched_and_drops_comment_keys() {
        ObjectNode base = json("{'realm':'r','users':[{'username':'a'}]}");
        ObjectNode overlay = json("{'_comment':'demo only','users':[{'username':'b'}]}");

        ObjectNode merged = RealmMerge.merge(base, overlay);

        assertThat(merged.has("_comment")).isFalse();
        assertThat(merged.get("users")).hasSize(2);
        assertThat(base.get("users")).hasSize(1);
        assertThat(overlay.get("users")).hasSize(1);
    }

    @Test
    void the_demo_realm_is_complete_and_has_no_unresolved_placeholders() {
        ObjectNode demo = RealmFiles.demoRealm();

        assertThat(RealmFiles.toJson(demo)).doesNotContain("${").doesNotContain("_comment");
        assertThat(demo.get("realm").asString()).isEqualTo("onderwijsregio");
        assertThat(demo.get("users")).hasSize(11); // ten demo people and the team's service account
        assertThat(clientIds(demo))
                .containsExactly("workspace", "workspace-team", "admin-permissions", "workspace-cli");
        assertThat(demo.get("clients").get(1).get("secret").asString()).isEqualTo("workspace-team-demo-secret");
        assertThat(demo.get("smtpServer").get("host").asString()).isEqualTo("localhost");
        JsonNode workspace = demo.get("clients").get(0);
        assertThat(workspace.get("secret").asString()).isEqualTo("workspace-demo-secret");
        assertThat(workspace.get("attributes").get("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(workspace.get("protocolMappers")).hasSize(3);
        assertThat(strings(workspace.get("redirectUris")))
                .containsExactly("http://localhost:8080/login/oauth2/code/keycloak");
        // a test's app on a free port is allowed besides the demo app
        RealmFiles.allowApp(demo, "http://localhost:41234");
        assertThat(strings(workspace.get("redirectUris")))
                .containsExactly(
                        "http://localhost:8080/login/oauth2/code/keycloak",
                        "http://localhost:41234/login/oauth2/code/keycloak");
        assertThat(strings(workspace.get("webOrigins")))
                .containsExactly("http://localhost:8080", "http://localhost:41234");
        assertThat(workspace.get("attributes").get("post.logout.redirect.uris").asString())
                .isEqualTo("http://localhost:8080/##http://localhost:41234/");
        assertThat(demo.get("groups").get(0).get("subGroups")).hasSize(5);
        assertThat(demo.get("scopeMappings")).hasSize(2);
    }

    static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.get("clientId").asString()));
        return ids;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
