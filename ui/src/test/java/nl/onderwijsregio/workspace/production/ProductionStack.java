package nl.onderwijsregio.workspace.production;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.keycloak.KeycloakDistribution;
import nl.onderwijsregio.workspace.keycloak.KeycloakServerOptions;
import nl.onderwijsregio.workspace.keycloak.LoginTheme;
import nl.onderwijsregio.workspace.keycloak.RealmFiles;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The workspace as production runs it, all on free ports: a PostgreSQL server of its own (the real binaries, not the
 * app's embedded database) with the owner and application roles made by {@code infra/postgres/init/01-roles.sql}
 * (psql), Keycloak in production mode ({@code kc.sh start}, its own database on that server, the base realm
 * imported), the migrations run as the owner by {@code Migrations} from the extracted packaged jar (the pods' init
 * step), and the packaged app started twice from it with {@code WORKSPACE_PRODUCTION=true} and Flyway off.
 */
final class ProductionStack implements AutoCloseable {

    static final Path JAR = Path.of("target", "workspace.jar").toAbsolutePath();
    static final Path ROLES =
            Path.of("..", "infra", "postgres", "init", "01-roles.sql").toAbsolutePath();

    private final String ownerPassword = Processes.secret();
    private final String appPassword = Processes.secret();
    private final String keycloakDbPassword = Processes.secret();
    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private int databasePort;
    private Path dataDir;
    private String jdbcUrl;
    private Process keycloak;
    private int keycloakPort;
    private final String clientSecret = Processes.secret();
    private final String teamClientSecret = Processes.secret();

    /** psql on the PATH, else: skipped locally, failing on CI (CI=true). */
    static Path psql() {
        Optional<Path> psql = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "psql"))
                .filter(Files::isExecutable)
                .findFirst();
        if (psql.isPresent()) {
            return psql.get();
        }
        String missing = "The production-mode check runs infra/postgres/init/01-roles.sql with psql, which is missing"
                + " (apt-get install postgresql-client)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + ". On CI (CI=true) this fails.");
        }
        throw new TestAbortedException(missing + ". Skipped here; on CI it fails.");
    }

    /** PostgreSQL on a free port, the workspace and keycloak databases, the roles from the init script. */
    void startDatabase() throws IOException, SQLException, InterruptedException {
        Path psql = psql();
        databasePort = Processes.freePort();
        dataDir = Files.createDirectories(Processes.DIR).resolve("postgres-data");
        Processes.deleteTree(dataDir);
        // the logs of an earlier run (the retention check counts lines in this run's logs)
        try (Stream<Path> logs = Files.list(Processes.DIR)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        }
        postgres = server();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database workspace");
            s.execute("create role keycloak login password '" + keycloakDbPassword + "'");
            s.execute("create database keycloak owner keycloak");
        }
        Map<String, String> env = new HashMap<>();
        env.put("WORKSPACE_OWNER_PASSWORD", ownerPassword);
        env.put("WORKSPACE_APP_PASSWORD", appPassword);
        Processes.run(
                "roles",
                List.of(
                        psql.toString(),
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(postgres.getPort()),
                        "-U",
                        "postgres",
                        "-d",
                        "workspace",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-f",
                        ROLES.toString()),
                Processes.DIR,
                env,
                Duration.ofSeconds(60));
        jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/workspace";
    }

    /** The server on {@link #dataDir}, which it keeps when it stops (so that it can be started again on it). */
    private EmbeddedPostgres server() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(databasePort)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    /**
     * Stops the database server (fast shutdown: open transactions are rolled back, connections cut) and starts it
     * again on the same data and port, as a restart or a failover would; returns when it accepts connections again.
     */
    void restartDatabase() throws IOException {
        postgres.close();
        postgres = server();
    }

    /** A connection as the owner, which reads every region's rows (its policy in V23), for checks after a fault. */
    Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "workspace_owner", ownerPassword);
    }

    /** A region as the platform administrator would add it (here straight into the table, as the owner). */
    void createRegion(String id, String name) throws SQLException {
        try (Connection c = ownerConnection();
                var insert = c.prepareStatement("insert into region (id, name, kind) values (?, ?, 'GEOGRAPHIC')")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.executeUpdate();
        }
    }

    /** Keycloak in production mode with its own database, the base realm imported with the first app's URL. */
    Process startKeycloak(String appUrl) throws IOException {
        Path home = KeycloakDistribution.privateHome(
                KeycloakDistribution.defaultHome(),
                Path.of("target", "keycloak-production-" + KeycloakDistribution.version())
                        .toAbsolutePath());
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        try (Stream<Path> old = Files.list(importDir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        // the base realm only, never the demo overlay; the client secret from the environment, as the Kubernetes
        // realm import takes it from a Secret (infra/k8s/base/keycloak/realm-import.yaml)
        ObjectNode realm = RealmFiles.baseRealm();
        for (JsonNode client : realm.withArray("clients")) {
            if (client.path("clientId").asString().equals("workspace")) {
                ((ObjectNode) client).put("secret", "${WORKSPACE_CLIENT_SECRET}");
            }
            if (client.path("clientId").asString().equals("workspace-team")) {
                ((ObjectNode) client).put("secret", "${WORKSPACE_TEAM_CLIENT_SECRET}");
            }
        }
        Files.writeString(importDir.resolve("onderwijsregio-realm.json"), RealmFiles.toJson(realm));
        LoginTheme.copyTo(home.resolve("themes"));
        keycloakPort = Processes.freePort();
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword());
        env.put("KC_DB_PASSWORD", keycloakDbPassword);
        env.put("WORKSPACE_CLIENT_SECRET", clientSecret);
        env.put("WORKSPACE_TEAM_CLIENT_SECRET", teamClientSecret);
        env.put("WORKSPACE_BASE_URL", appUrl);
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--db=postgres",
                "--db-url=jdbc:postgresql://localhost:" + postgres.getPort() + "/keycloak",
                "--db-username=keycloak",
                // behind a TLS-terminating proxy in production; plain HTTP on localhost here
                "--http-enabled=true",
                "--http-port=" + keycloakPort,
                "--https-port=" + Processes.freePort(),
                "--http-management-port=" + Processes.freePort(),
                "--hostname=http://localhost:" + keycloakPort,
                "--health-enabled=true",
                // one node: no cluster discovery, no JGroups port
                "--cache=local",
                "--import-realm"));
        // the options of the production setup (infra/k8s/base/keycloak/keycloak.yaml), such as concurrent logins
        command.addAll(KeycloakServerOptions.arguments());
        keycloak = Processes.start("keycloak", command, home, env);
        processes.add(keycloak);
        return keycloak;
    }

    void awaitKeycloak() throws InterruptedException {
        Processes.awaitOk("keycloak", keycloak, issuer() + "/.well-known/openid-configuration", Duration.ofMinutes(12));
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    String issuer() {
        return keycloakUrl() + "/realms/" + RealmFiles.REALM;
    }

    String adminPassword() {
        return ownerPassword + "-kc";
    }

    /** Extracts the packaged jar as the image does and runs the migrations from it as the owner. */
    Path extractAndMigrate() throws IOException, InterruptedException {
        Path app = Processes.DIR.resolve("app");
        Processes.run(
                "extract",
                List.of(
                        Processes.java(),
                        "-Djarmode=tools",
                        "-jar",
                        JAR.toString(),
                        "extract",
                        "--force",
                        "--destination",
                        app.toString()),
                Processes.DIR,
                Map.of(),
                Duration.ofMinutes(2));
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_FLYWAY_USER", "workspace_owner");
        env.put("SPRING_FLYWAY_PASSWORD", ownerPassword);
        env.put("WORKSPACE_DB_APP_ROLE", "workspace_app");
        Processes.run(
                "migrate",
                List.of(
                        Processes.java(),
                        "-cp",
                        app.resolve("workspace.jar").toString(),
                        "nl.onderwijsregio.workspace.database.Migrations"),
                app,
                env,
                Duration.ofMinutes(2));
        return app;
    }

    /** The extracted app in production mode on {@code port}: the application role only, Flyway off. */
    Process startApp(Path app, int port) throws IOException {
        return startApp(app, port, "app-" + port);
    }

    /** The same, logged to {@code name}.log (a restarted instance keeps the first one's log). */
    Process startApp(Path app, int port, String name) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("WORKSPACE_PRODUCTION", "true");
        env.put("WORKSPACE_SECURE_COOKIES", "true");
        env.put("WORKSPACE_DEMO_DATA", "never");
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "workspace_app");
        env.put("SPRING_DATASOURCE_PASSWORD", appPassword);
        env.put("SPRING_FLYWAY_ENABLED", "false");
        env.put("KEYCLOAK_ISSUER_URI", issuer());
        env.put("KEYCLOAK_CLIENT_SECRET", clientSecret);
        env.put("KEYCLOAK_TEAM_CLIENT_SECRET", teamClientSecret);
        env.put("PORT", String.valueOf(port));
        env.put("WORKSPACE_PUBLIC_URL", "http://localhost:" + port);
        env.put("JAVA_TOOL_OPTIONS", "-Xmx512m");
        // the retention watch fires every two seconds on both instances: the cluster lock lets one of them run it
        env.put("WORKSPACE_REGISTER_RETENTION_WATCH_CRON", "*/2 * * * * *");
        Process process = Processes.start(
                name,
                List.of(Processes.java(), "-jar", app.resolve("workspace.jar").toString()),
                app,
                env);
        processes.add(process);
        return process;
    }

    @Override
    public void close() throws IOException {
        processes.reversed().forEach(Processes::stop);
        if (postgres != null) {
            postgres.close();
        }
    }
}
