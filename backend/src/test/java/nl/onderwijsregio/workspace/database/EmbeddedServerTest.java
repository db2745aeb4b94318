package nl.onderwijsregio.workspace.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database asks every role for its password (SCRAM), keeps the passwords owner-only in the data folder,
 * reads them back after a restart and secures a data folder from before passwords were used.
 */
class EmbeddedServerTest {

    static final String DATABASE = "workspace";
    static final String OWNER = "workspace_owner";
    static final String APP = "workspace_app";

    @TempDir
    Path dir;

    @Test
    void every_role_needs_its_own_password() throws Exception {
        try (EmbeddedServer server = start()) {
            EmbeddedCredentials credentials = server.credentials();
            Map<String, String> roles = Map.of(
                    EmbeddedServer.SUPERUSER,
                    credentials.superuser(),
                    OWNER,
                    credentials.owner(),
                    APP,
                    credentials.app());
            roles.forEach((role, password) -> {
                assertRefused(server, role, null);
                assertRefused(server, role, "");
                assertRefused(server, role, "wrong-" + password);
                assertRefused(server, role, role); // the old default: the role's name
                assertThat(currentUser(server, role, password)).isEqualTo(role);
            });
            // one role's password does not open another
            assertRefused(server, EmbeddedServer.SUPERUSER, credentials.app());
            assertThat(credentials.superuser())
                    .hasSizeGreaterThanOrEqualTo(32)
                    .isNotEqualTo(credentials.owner())
                    .isNotEqualTo(credentials.app());
            assertThat(authMethods(server)).containsExactly("scram-sha-256");
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
    }

    @Test
    void the_passwords_are_readable_by_the_owner_only() throws Exception {
        try (EmbeddedServer server = start()) {
            Path file = dir.resolve(EmbeddedCredentials.FILE);
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            Properties stored = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
            assertThat(stored.getProperty("postgres"))
                    .isEqualTo(server.credentials().superuser());
            assertThat(stored.getProperty("owner"))
                    .isEqualTo(server.credentials().owner());
            assertThat(stored.getProperty("app")).isEqualTo(server.credentials().app());
        }
    }

    @Test
    void a_restart_reads_the_same_passwords() throws Exception {
        EmbeddedCredentials first;
        try (EmbeddedServer server = start()) {
            first = server.credentials();
            try (Connection c = connect(server, OWNER, first.owner());
                    Statement s = c.createStatement()) {
                s.execute("create table kept (id int)");
                s.execute("insert into kept values (42)");
            }
        }
        try (EmbeddedServer server = start()) {
            assertThat(server.credentials()).usingRecursiveComparison().isEqualTo(first);
            assertThat(currentUser(server, APP, first.app())).isEqualTo(APP);
            assertThat(currentUser(server, EmbeddedServer.SUPERUSER, first.superuser()))
                    .isEqualTo(EmbeddedServer.SUPERUSER);
            try (Connection c = connect(server, OWNER, first.owner());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
            assertRefused(server, EmbeddedServer.SUPERUSER, null);
        }
    }

    @Test
    void deleting_the_password_file_gives_every_role_a_new_password() throws Exception {
        EmbeddedCredentials first;
        try (EmbeddedServer server = start()) {
            first = server.credentials();
        }
        Files.delete(dir.resolve(EmbeddedCredentials.FILE));
        try (EmbeddedServer server = start()) {
            EmbeddedCredentials renewed = server.credentials();
            assertThat(renewed.superuser()).isNotEqualTo(first.superuser());
            assertRefused(server, EmbeddedServer.SUPERUSER, first.superuser());
            assertRefused(server, OWNER, first.owner());
            assertRefused(server, APP, first.app());
            assertThat(currentUser(server, EmbeddedServer.SUPERUSER, renewed.superuser()))
                    .isEqualTo(EmbeddedServer.SUPERUSER);
            assertThat(currentUser(server, OWNER, renewed.owner())).isEqualTo(OWNER);
            assertThat(currentUser(server, APP, renewed.app())).isEqualTo(APP);
        }
    }

    @Test
    void an_old_trust_data_folder_is_secured_on_start() throws Exception {
        // A data folder as the app made it before passwords: initdb with trust, passwords equal to the role names.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setLocaleConfig("locale", "C.UTF-8")
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create role " + OWNER + " login password '" + OWNER + "'");
            s.execute("create role " + APP + " login nosuperuser nobypassrls password '" + APP + "'");
            s.execute("create database " + DATABASE + " owner " + OWNER);
        }
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .start();
                Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://localhost:" + old.getPort() + "/" + DATABASE, OWNER, "anything");
                Statement s = c.createStatement()) {
            s.execute("create table kept (id int)"); // trust: any password, or none, gets in
            s.execute("insert into kept values (7)");
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");
        assertThat(dir.resolve(EmbeddedCredentials.FILE)).doesNotExist();

        try (EmbeddedServer server = start()) {
            EmbeddedCredentials credentials = server.credentials();
            assertThat(Files.getPosixFilePermissions(dir.resolve(EmbeddedCredentials.FILE)))
                    .isEqualTo(EmbeddedCredentials.OWNER_ONLY);
            for (String role : List.of(EmbeddedServer.SUPERUSER, OWNER, APP)) {
                assertRefused(server, role, null);
                assertRefused(server, role, role);
            }
            assertThat(currentUser(server, EmbeddedServer.SUPERUSER, credentials.superuser()))
                    .isEqualTo(EmbeddedServer.SUPERUSER);
            assertThat(currentUser(server, APP, credentials.app())).isEqualTo(APP);
            try (Connection c = connect(server, OWNER, credentials.owner());
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
            assertThat(authMethods(server)).containsExactly("scram-sha-256");
        }
    }

    @Test
    void a_password_file_that_does_not_fit_is_named_in_dutch() throws Exception {
        try (EmbeddedServer server = start()) {
            server.credentials();
        }
        new EmbeddedCredentials("not-the-password", "x", "y").write(dir);
        assertThatThrownBy(this::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Verwijder dat bestand en start opnieuw");
        assertThat(dir.resolve("postmaster.pid"))
                .as("the server is stopped again")
                .doesNotExist();
    }

    private EmbeddedServer start() throws Exception {
        return EmbeddedServer.start(dir, false, 0, DATABASE, OWNER, APP);
    }

    private static void assertRefused(EmbeddedServer server, String role, String password) {
        assertThatThrownBy(() -> connect(server, role, password).close())
                .as("%s with password %s", role, password == null ? "none" : "'" + password + "'")
                .isInstanceOf(SQLException.class);
    }

    private static String currentUser(EmbeddedServer server, String role, String password) {
        try (Connection c = connect(server, role, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(role + " could not connect with its password", e);
        }
    }

    private static Connection connect(EmbeddedServer server, String role, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", role);
        if (password != null) {
            p.setProperty("password", password);
        }
        String database = role.equals(EmbeddedServer.SUPERUSER) ? "postgres" : DATABASE;
        return DriverManager.getConnection(server.jdbcUrl(database), p);
    }

    private static List<String> authMethods(EmbeddedServer server) throws SQLException {
        List<String> methods = new ArrayList<>();
        try (Connection c = server.superuser().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct auth_method from pg_hba_file_rules order by 1")) {
            while (rs.next()) {
                methods.add(rs.getString(1));
            }
        }
        return methods;
    }
}
