package nl.onderwijsregio.workspace.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.onderwijsregio.backendtest.BackendTestApplication;
import nl.onderwijsregio.workspace.regions.ProfileChange;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionProfileService;
import nl.onderwijsregio.workspace.testing.AsUser;
import nl.onderwijsregio.workspace.testing.DatabaseTest;
import nl.onderwijsregio.workspace.testing.TestRegions;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Backup and restore, round trip: the demo data plus data of the test's own (regions, profiles, and so audit rows),
 * backed up, restored into a fresh embedded PostgreSQL in a new data folder; every table has the same row count and
 * checksum there, identities continue past the restored ids, and a second restore is refused without --force.
 */
@SpringBootTest(classes = BackendTestApplication.class)
class BackupRoundTripTest extends DatabaseTest {

    @Autowired
    ObjectProvider<EmbeddedServer> embedded;

    @Autowired
    RegionAdministration administration;

    @Autowired
    RegionProfileService profiles;

    @Autowired
    Flyway flyway;

    @Test
    void a_backup_restores_into_a_fresh_data_folder_with_every_table_equal(@TempDir Path dir) throws Exception {
        EmbeddedServer source = embedded.getIfAvailable();
        assumeTrue(source != null, "needs the embedded PostgreSQL (the superuser's password is in its data folder)");
        for (int i = 0; i < 5; i++) {
            String region = TestRegions.id("backup");
            TestRegions.create(administration, region);
            String text = "Profiel " + i + " met ‘aanhalingstekens’, een puntkomma; en\neen nieuwe regel";
            AsUser.lead(region).run(region, () -> profiles.save(new ProfileChange(text, null, null)));
        }
        DatabaseDump dump = BackupCommand.dump(source, "workspace_app");
        DataSource sourceSuperuser = superuser(source);
        Map<String, String> before = checksums(sourceSuperuser);
        Path file = dir.resolve("werkruimte.zip");
        Properties manifest = dump.backup(file);
        assertThat(checksums(sourceSuperuser)).as("nothing changed meanwhile").isEqualTo(before);
        assertThat(manifest.getProperty("schema-version"))
                .isEqualTo(flyway.info().current().getVersion().getVersion());
        assertThat(before).containsKeys("region", "audit_event", "region_profile");

        try (EmbeddedServer fresh = EmbeddedServer.start(
                dir.resolve("restored"), true, 0, "workspace", EmbeddedDatabaseConfiguration.OWNER, "workspace_app")) {
            DatabaseDump target = BackupCommand.dump(fresh, "workspace_app");
            target.restore(file, false, BackupCommand.owner(fresh));
            DataSource restored = superuser(fresh);
            assertThat(checksums(restored)).isEqualTo(before);
            assertThat(query(
                            restored,
                            "select (nextval(pg_get_serial_sequence('audit_event', 'id'))"
                                    + " > (select max(id) from audit_event))::text"))
                    .isEqualTo("true");

            assertThatThrownBy(() -> target.restore(file, false, BackupCommand.owner(fresh)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("--force");
            target.restore(file, true, BackupCommand.owner(fresh));
            assertThat(checksums(restored)).isEqualTo(before);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void the_command_pair_restores_into_a_new_data_folder_and_backs_it_up_again(@TempDir Path dir) throws Exception {
        EmbeddedServer source = embedded.getIfAvailable();
        assumeTrue(source != null, "needs the embedded PostgreSQL (the superuser's password is in its data folder)");
        Path first = dir.resolve("eerste.zip");
        BackupCommand.dump(source, "workspace_app").backup(first);
        String dataDir = "--data-dir=" + dir.resolve("nieuw");
        assertThat(BackupCommand.run(new String[] {"restore", first.toString(), dataDir}))
                .isZero();
        assertThat(BackupCommand.run(new String[] {"restore", first.toString(), dataDir}))
                .as("refused: not empty")
                .isEqualTo(1);
        Path second = dir.resolve("tweede.zip");
        assertThat(BackupCommand.run(new String[] {"backup", second.toString(), dataDir}))
                .isZero();
        assertThat(Files.size(second)).isPositive();
        assertThat(BackupCommand.run(new String[] {"backup"})).as("usage").isEqualTo(2);
    }

    private static DataSource superuser(EmbeddedServer server) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl("workspace"));
        ds.setUser(EmbeddedServer.SUPERUSER);
        ds.setPassword(server.credentials().superuser());
        return ds;
    }

    /** Per table: row count and an MD5 over its rows in a fixed order. */
    private static Map<String, String> checksums(DataSource ds) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = ds.getConnection()) {
            for (String table : DatabaseDump.tables(c)) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select count(*) || ':' || md5(coalesce(string_agg(t::text,"
                                + " E'\\n' order by t::text), '')) from " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }

    private static String query(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
