package nl.onderwijsregio.workspace.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A throw-away embedded PostgreSQL for one benchmark run, with the same two roles as production (the owner migrates,
 * the non-owner application role is subject to row-level security) and the superuser {@code postgres}, which the
 * benchmark uses for bulk loading and for the "without row-level security" measurements.
 */
public final class BenchDatabase implements AutoCloseable {

    public static final String DATABASE = "workspace";
    public static final String OWNER = "workspace_owner";
    public static final String APP_ROLE = "workspace_app";
    private static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private BenchDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /** Starts PostgreSQL on a free port in a fresh temporary folder and creates the roles and the database. */
    public static BenchDatabase start() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("bench-pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(true)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100")
                .start();
        BenchDatabase db = new BenchDatabase(postgres, dir);
        try (Connection c = DriverManager.getConnection(db.url("postgres"), SUPERUSER, SUPERUSER);
                Statement s = c.createStatement()) {
            s.execute("create role " + OWNER + " login password '" + OWNER + "'");
            s.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls password '" + APP_ROLE + "'");
            s.execute("create database " + DATABASE + " owner " + OWNER);
        }
        return db;
    }

    public int port() {
        return postgres.getPort();
    }

    public String url() {
        return url(DATABASE);
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A connection as the superuser: row-level security does not apply. */
    public Connection superuser() throws SQLException {
        return DriverManager.getConnection(url(), SUPERUSER, SUPERUSER);
    }

    /** A connection as the application role: row-level security applies. */
    public Connection appRole() throws SQLException {
        return DriverManager.getConnection(url(), APP_ROLE, APP_ROLE);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        deleteQuietly(dataDir);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}
