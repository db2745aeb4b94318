package nl.onderwijsregio.workspace.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every CloudNativePG, Barman Cloud and Keycloak Operator resource of the production overlay sets only fields the
 * operators know, with the types and values their schemas allow.
 */
class CustomResourceSchemaTest {

    private static final List<String> OPERATOR_GROUPS =
            List.of("postgresql.cnpg.io/", "barmancloud.cnpg.io/", "k8s.keycloak.org/");

    private static Manifests manifests;
    private static CustomResourceSchema schema;

    @BeforeAll
    static void load() {
        manifests = Manifests.production();
        schema = CustomResourceSchema.load();
    }

    private static List<GenericKubernetesResource> operatorResources() {
        return manifests.all(GenericKubernetesResource.class).stream()
                .filter(r ->
                        OPERATOR_GROUPS.stream().anyMatch(g -> r.getApiVersion().startsWith(g)))
                .toList();
    }

    private static JsonNode spec(GenericKubernetesResource resource) {
        return Manifests.YAML.valueToTree(resource.getAdditionalProperties().get("spec"));
    }

    @Test
    void every_custom_resource_matches_its_operators_schema() {
        assertThat(operatorResources())
                .extracting(GenericKubernetesResource::getKind)
                .contains("Cluster", "ScheduledBackup", "ObjectStore", "Keycloak", "KeycloakRealmImport");
        for (GenericKubernetesResource resource : operatorResources()) {
            assertThat(schema.problems(resource.getApiVersion(), resource.getKind(), spec(resource)))
                    .as(resource.getKind() + " " + resource.getMetadata().getName())
                    .isEmpty();
        }
    }

    @Test
    void a_misspelt_field_a_wrong_type_a_value_outside_the_enum_and_a_missing_field_are_found() {
        GenericKubernetesResource cluster = manifests.custom("postgresql.cnpg.io/v1", "Cluster", "workspace-db");
        ObjectNode spec = (ObjectNode) spec(cluster);
        ((ObjectNode) spec.get("affinity")).put("enablePodAntiAfinity", true);
        spec.put("instances", "three");
        ((ObjectNode) spec.get("postgresql").get("synchronous")).put("method", "some");
        ((ObjectNode) spec.get("plugins").get(0)).remove("name");

        assertThat(schema.problems("postgresql.cnpg.io/v1", "Cluster", spec))
                .containsExactlyInAnyOrder(
                        "spec.affinity.enablePodAntiAfinity: not a field of the operator's schema (a typo, a misplaced"
                                + " field, or one the excerpt does not list yet)",
                        "spec.instances: a whole number expected, not \"three\"",
                        "spec.postgresql.synchronous.method: 'some' is not one of [\"any\",\"first\"]",
                        "spec.plugins[0]: the required field name is missing");
    }

    @Test
    void the_keycloak_resource_refuses_an_unknown_proxy_mode_and_a_number_as_hostname() {
        GenericKubernetesResource keycloak = manifests.custom("k8s.keycloak.org/v2alpha1", "Keycloak", "keycloak");
        ObjectNode spec = (ObjectNode) spec(keycloak);
        ((ObjectNode) spec.get("proxy")).put("headers", "x-forwarded");
        ((ObjectNode) spec.get("hostname")).put("hostname", 443);

        assertThat(schema.problems("k8s.keycloak.org/v2alpha1", "Keycloak", spec))
                .hasSize(2);
    }
}
