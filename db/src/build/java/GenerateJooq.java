import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Build-time tool: applies the Flyway migrations to a throw-away embedded PostgreSQL and generates the jOOQ
 * classes from the live schema. Skips when the migrations (and this file) are unchanged since the last run.
 *
 * <p>Arguments: migration folder, output folder.
 */
public class GenerateJooq {

    private static final String PACKAGE = "nl.onderwijsregio.db";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hashOf(migrations);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq] migrations unchanged, keeping generated classes in " + output);
            return;
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                // The same two roles as in production: the owner runs Flyway, the app role only gets grants.
                s.execute("create role workspace_owner login password 'owner'");
                s.execute("create role workspace_app login password 'app' nobypassrls");
                s.execute("create database workspace owner workspace_owner");
            }
            String url = pg.getJdbcUrl("postgres", "workspace");
            Flyway.configure()
                    .dataSource(url, "workspace_owner", "owner")
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .placeholders(Map.of("app_role", "workspace_app"))
                    .load()
                    .migrate();
            deleteRecursively(output);
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                            .withUser("workspace_owner").withPassword("owner"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate().withRecords(true).withPojos(false).withDaos(false)
                                    .withJavaTimeTypes(true).withGeneratedAnnotation(false))
                            .withTarget(new Target().withPackageName(PACKAGE)
                                    .withDirectory(output.toAbsolutePath().toString()))));
        }
        Files.writeString(stamp, hash);
        System.out.println("[jooq] generated classes from " + migrations + " into " + output);
    }

    private static String hashOf(Path migrations) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        digest.update(PACKAGE.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
