package nl.onderwijsregio.workspace.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The command pair of the single-machine setup, run from the packaged application before it starts (and while it is
 * stopped): {@code java -jar ui/target/workspace.jar backup <file>} and {@code ... restore <file> [--force]}.
 * The embedded database of {@code --data-dir} (default {@code $WORKSPACE_DATA_DIR/postgres}, else
 * {@code data/postgres}; created when missing, so a restore goes into a fresh folder), or an external one with
 * {@code --url=… --user=… --password=…} (a superuser: the dump reads past row-level security) and
 * {@code --owner=… --owner-password=…} (the role the migrations run as).
 */
public final class BackupCommand {

    private BackupCommand() {}

    /** Whether {@code args} ask for a backup or a restore instead of starting the application. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; returns the exit code. */
    public static int run(String[] args) {
        List<String> plain = new ArrayList<>();
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            } else {
                plain.add(arg);
            }
        }
        if (plain.size() != 2) {
            System.err.println("Gebruik / usage: backup <bestand.zip> | restore <bestand.zip> [--force]"
                    + " [--data-dir=map] [--url=… --user=… --password=… --owner=… --owner-password=…]");
            return 2;
        }
        Path file = Path.of(plain.get(1)).toAbsolutePath();
        String appRole = options.getOrDefault("app-role", "workspace_app");
        try {
            if (options.containsKey("url")) {
                DataSource superuser = source(options.get("url"), options.get("user"), options.get("password"));
                String owner = options.getOrDefault("owner", EmbeddedDatabaseConfiguration.OWNER);
                DataSource ownerSource = source(options.get("url"), owner, options.get("owner-password"));
                return execute(
                        plain.getFirst(), file, options, new DatabaseDump(superuser, owner, appRole), ownerSource);
            }
            String dataDir = options.getOrDefault(
                    "data-dir", System.getenv().getOrDefault("WORKSPACE_DATA_DIR", "data") + "/postgres");
            try (EmbeddedServer server = EmbeddedServer.start(
                    Path.of(dataDir).toAbsolutePath().normalize(),
                    false,
                    0,
                    EmbeddedDatabaseConfiguration.DATABASE,
                    EmbeddedDatabaseConfiguration.OWNER,
                    appRole)) {
                return execute(plain.getFirst(), file, options, dump(server, appRole), owner(server));
            }
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println(plain.getFirst() + " mislukt / failed: " + e.getMessage());
            return 1;
        }
    }

    static DatabaseDump dump(EmbeddedServer server, String appRole) {
        String url = server.jdbcUrl(EmbeddedDatabaseConfiguration.DATABASE);
        return new DatabaseDump(
                source(url, EmbeddedServer.SUPERUSER, server.credentials().superuser()),
                EmbeddedDatabaseConfiguration.OWNER,
                appRole);
    }

    static DataSource owner(EmbeddedServer server) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                server.jdbcUrl(EmbeddedDatabaseConfiguration.DATABASE),
                EmbeddedDatabaseConfiguration.OWNER,
                server.credentials().owner());
    }

    private static int execute(
            String command, Path file, java.util.Map<String, String> options, DatabaseDump dump, DataSource owner)
            throws IOException, SQLException {
        Properties manifest =
                command.equals("backup") ? dump.backup(file) : dump.restore(file, options.containsKey("force"), owner);
        System.out.println((command.equals("backup") ? "Backup geschreven naar " : "Hersteld uit ") + file
                + " (schemaversie " + manifest.getProperty("schema-version") + ", "
                + manifest.getProperty("tables").split(",").length + " tabellen)");
        return 0;
    }

    private static DataSource source(String url, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
