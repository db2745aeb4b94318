package nl.onderwijsregio.workspace.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Spring test of the backend extends {@link DatabaseTest}, which gives its context a temporary database.
 * Without it the context starts the embedded PostgreSQL in the persistent folder {@code data/postgres} of the
 * working tree: test data left behind, and two such contexts in one run fail on the folder's lock.
 */
class EverySpringTestUsesATemporaryDatabaseTest {

    @Test
    void every_spring_boot_test_extends_database_test() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            List<Path> missing = files.filter(f -> f.toString().endsWith("Test.java"))
                    .filter(f -> read(f).contains("@SpringBootTest"))
                    .filter(f -> !read(f).contains(" extends DatabaseTest"))
                    .toList();
            assertThat(missing).as("Spring tests without DatabaseTest").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
