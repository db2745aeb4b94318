package nl.onderwijsregio.workspace.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Backup and restore of the workspace database for the single-machine setup, without {@code pg_dump} (the embedded
 * binaries have none): a ZIP with one CSV per table ({@code COPY}), all read in one {@code REPEATABLE READ READ ONLY}
 * transaction (one consistent snapshot), and a manifest with the Flyway schema version and each table's row count.
 * Restore migrates an empty database to that version as the owner, then loads every table with triggers off
 * ({@code session_replication_role = replica}: no foreign-key order, no audit rows for the restore) and moves every
 * identity past its highest value. Both need a role that bypasses row-level security: the superuser.
 */
public final class DatabaseDump {

    static final String MANIFEST = "manifest.properties";
    private static final String HISTORY = "flyway_schema_history";

    private final DataSource superuser;
    private final String owner;
    private final String appRole;

    public DatabaseDump(DataSource superuser, String owner, String appRole) {
        this.superuser = superuser;
        this.owner = owner;
        this.appRole = appRole;
    }

    /** Writes the dump to {@code file}; returns the manifest. */
    public Properties backup(Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Properties manifest = new Properties();
        try (Connection c = superuser.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            manifest.setProperty("schema-version", schemaVersion(c));
            manifest.setProperty("created-at", Instant.now().toString());
            List<String> tables = tables(c);
            manifest.setProperty("tables", String.join(",", tables));
            CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(partial);
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String table : tables) {
                    manifest.setProperty("rows." + table, String.valueOf(count(c, table)));
                    zip.putNextEntry(new ZipEntry(table + ".csv"));
                    copy.copyOut(
                            "copy " + table + " (" + columns(c, table) + ") to stdout with (format csv, header)", zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Werkruimte Onderwijsregio's backup");
                zip.closeEntry();
            }
            c.rollback();
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return manifest;
    }

    /**
     * Restores {@code file} into this database: refused when it holds the workspace already (a schema history with
     * rows) unless {@code force}, which first drops everything the owner has in it.
     */
    public Properties restore(Path file, boolean force, DataSource ownerSource) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Properties manifest = new Properties();
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new IllegalArgumentException(file + " is geen backup van de werkruimte (geen " + MANIFEST + ").");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                manifest.load(in);
            }
            try (Connection c = superuser.getConnection();
                    Statement s = c.createStatement()) {
                if (!empty(c)) {
                    if (!force) {
                        throw new IllegalStateException("De database is niet leeg; herstellen overschrijft alles."
                                + " Geef --force om dat te doen. / The database is not empty; use --force.");
                    }
                    s.execute("drop owned by " + identifier(owner));
                    // where the owner owned the schema itself (infra/postgres/init), that went too: give it back,
                    // with the application role's right to use it, before the migrations run
                    s.execute("create schema if not exists public authorization " + identifier(owner));
                    s.execute("grant usage on schema public to " + identifier(appRole));
                }
            }
            Flyway.configure()
                    .dataSource(ownerSource)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", appRole))
                    .target(manifest.getProperty("schema-version"))
                    .load()
                    .migrate();
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            try (Connection c = superuser.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("set local session_replication_role = replica");
                    s.execute("truncate "
                            + String.join(
                                    ", ",
                                    tables.stream()
                                            .map(DatabaseDump::identifier)
                                            .toList()));
                }
                CopyManager copy = c.unwrap(BaseConnection.class).getCopyAPI();
                for (String table : tables) {
                    try (InputStream in = zip.getInputStream(zip.getEntry(table + ".csv"))) {
                        copy.copyIn(
                                "copy " + table + " (" + columns(c, table) + ") from stdin with (format csv, header)",
                                in);
                    }
                    resetIdentities(c, table);
                }
                c.commit();
            }
            return manifest;
        }
    }

    /** Tables of the workspace in the owner's schema (without Flyway's history: the migrations make it). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> ?
                         order by c.relname""")) {
            ps.setString(1, HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(identifier(rs.getString(1)));
                }
            }
        }
        return tables;
    }

    private static boolean empty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select to_regclass('public." + HISTORY + "') is null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version from " + HISTORY
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("De database heeft nog geen schema: er is niets om te bewaren.");
            }
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The table's stored columns (generated columns are computed again on restore). */
    static String columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select quote_ident(attname) from pg_attribute"
                + " where attrelid = ?::regclass and attnum > 0 and not attisdropped and attgenerated = ''"
                + " order by attnum")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        return String.join(", ", columns);
    }

    private static void resetIdentities(Connection c, String table) throws SQLException {
        List<String> identities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select attname from pg_attribute where attrelid = ?::regclass"
                + " and attidentity <> '' and not attisdropped")) {
            ps.setString(1, "public." + table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    identities.add(identifier(rs.getString(1)));
                }
            }
        }
        for (String column : identities) {
            try (Statement s = c.createStatement()) {
                s.execute("select setval(pg_get_serial_sequence('public." + table + "', '" + column + "'),"
                        + " coalesce((select max(" + column + ") from " + table + "), 0) + 1, false)");
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }
}
