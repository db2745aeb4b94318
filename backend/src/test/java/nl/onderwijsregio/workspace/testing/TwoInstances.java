package nl.onderwijsregio.workspace.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the backend (two Spring contexts, each with its own connection pool, caches and scheduler) on one
 * PostgreSQL server of their own, configured as production configures an external database: Flyway as the owner,
 * the app as the application role. Started once per test JVM, for the tests of what N replicas must do together.
 */
public final class TwoInstances {

    private static TwoInstances started;

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext first;
    private final ConfigurableApplicationContext second;

    private TwoInstances(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/workspace";
        // Both start at once on the empty database, as replicas do: Flyway's lock lets one migrate, the catalogue
        // import's lock lets one import.
        var a = CompletableFuture.supplyAsync(() -> instance(url, "eerste"));
        var b = CompletableFuture.supplyAsync(() -> instance(url, "tweede"));
        this.first = a.join();
        this.second = b.join();
    }

    /** The two instances, started on first use and stopped when the JVM ends. */
    public static synchronized TwoInstances get() {
        if (started == null) {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setServerConfig("timezone", "UTC")
                        .start();
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create database workspace");
                }
                try (Connection c = pg.getDatabase("postgres", "workspace").getConnection();
                        Statement s = c.createStatement()) {
                    s.execute(rolesScript());
                }
                started = new TwoInstances(pg);
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return started;
    }

    public ConfigurableApplicationContext first() {
        return first;
    }

    public ConfigurableApplicationContext second() {
        return second;
    }

    /** The same bean in both instances. */
    public <T> Pair<T> both(Class<T> type) {
        return new Pair<>(first.getBean(type), second.getBean(type));
    }

    public record Pair<T>(T first, T second) {}

    private static ConfigurableApplicationContext instance(String url, String name) {
        return new SpringApplicationBuilder(BackendTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=workspace-" + name,
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=workspace_app",
                        "spring.datasource.password=workspace_app",
                        "spring.datasource.hikari.maximum-pool-size=4",
                        "spring.flyway.user=workspace_owner",
                        "spring.flyway.password=workspace_owner",
                        "spring.jmx.enabled=false",
                        // the mail job only when a test runs it: its own schedule would take the job's lock for 20 s
                        // a minute after the start, and a test racing the two instances' jobs would find it taken
                        "workspace.notifications.initial-delay=PT12H")
                .run();
    }

    private static String rolesScript() throws IOException {
        try (InputStream in = TwoInstances.class.getResourceAsStream("/testing/roles.sql")) {
            if (in == null) {
                throw new IOException("testing/roles.sql is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void stop() {
        CompletableFuture.allOf(CompletableFuture.runAsync(first::close), CompletableFuture.runAsync(second::close))
                .join();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM ends anyway
        }
    }
}
