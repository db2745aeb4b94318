package nl.onderwijsregio.workspace.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Decides, once per test run, which real PostgreSQL the tests use: a Testcontainers PostgreSQL where a Docker engine
 * runs, the application's own embedded PostgreSQL (in a temporary folder) otherwise.
 */
public final class RealPostgres {

    private static PostgreSQLContainer container;

    private RealPostgres() {}

    /** Registers the data source properties for a Spring test context. */
    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (dockerAvailable()) {
            PostgreSQLContainer pg = container();
            registry.add("spring.datasource.url", pg::getJdbcUrl);
            registry.add("spring.datasource.username", () -> "workspace_app");
            registry.add("spring.datasource.password", () -> "workspace_app");
            registry.add("spring.flyway.user", () -> "workspace_owner");
            registry.add("spring.flyway.password", () -> "workspace_owner");
        } else {
            registry.add("workspace.database.embedded.data-dir", () -> "");
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:18-alpine")
                    .withDatabaseName("workspace")
                    .withInitScript("testing/roles.sql");
            container.start();
        }
        return container;
    }
}
