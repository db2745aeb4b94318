package nl.onderwijsregio.workspace.database;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the external database as the owner and stops: the init step of every app pod on Kubernetes
 * ({@code infra/k8s}), which runs before the app and so the app itself never needs the owner's password. Flyway's
 * lock in the database lets one pod migrate while the others wait, then find nothing left to do: each release's
 * migrations run once. The same settings as the app: {@code SPRING_DATASOURCE_URL}, {@code SPRING_FLYWAY_USER},
 * {@code SPRING_FLYWAY_PASSWORD}, {@code WORKSPACE_DB_APP_ROLE}.
 *
 * <pre>java -cp workspace.jar nl.onderwijsregio.workspace.database.Migrations   (extracted jar, see infra/)</pre>
 */
public final class Migrations {

    private Migrations() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        MigrateResult result = migrate(
                required(env, "SPRING_DATASOURCE_URL"),
                required(env, "SPRING_FLYWAY_USER"),
                required(env, "SPRING_FLYWAY_PASSWORD"),
                env.getOrDefault("WORKSPACE_DB_APP_ROLE", "workspace_app"));
        System.out.printf(
                "Database at schema version %s: %d migration(s) applied now.%n",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
    }

    /** Applies the pending migrations of {@code db/migration} as {@code owner}, granting to {@code appRole}. */
    public static MigrateResult migrate(String url, String owner, String password, String appRole) {
        return Flyway.configure()
                .dataSource(url, owner, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", appRole))
                .load()
                .migrate();
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println(name + " is not set: the migrations need the external database and its owner role.");
            System.exit(2);
        }
        return value;
    }
}
