package nl.onderwijsregio.workspace.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Finds the unpacked Keycloak distribution in the cache outside git, unpacking it from ~/.m2 if needed. */
public final class KeycloakDistribution {

    /** System property that overrides the Keycloak home (the unpacked distribution). */
    public static final String HOME_PROPERTY = "onderwijsregio.keycloak.home";
    /** Environment variable that overrides the Keycloak home. */
    public static final String HOME_ENV = "ONDERWIJSREGIO_KEYCLOAK_HOME";

    private static final Properties DIST = load();

    private KeycloakDistribution() {}

    /** The Keycloak version this module was built for ({@code keycloak.version} of the parent pom). */
    public static String version() {
        return DIST.getProperty("keycloak.version");
    }

    /**
     * The Keycloak home: {@value #HOME_PROPERTY}, else {@value #HOME_ENV}, else the path recorded at build
     * time, else {@code ~/.cache/onderwijsregio-workspace/keycloak-<version>}.
     */
    public static Path defaultHome() {
        String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        if (configured == null || configured.isBlank()) {
            configured = DIST.getProperty("keycloak.home");
        }
        if (configured == null || configured.isBlank() || configured.contains("@")) {
            return Path.of(
                    System.getProperty("user.home"), ".cache", "onderwijsregio-workspace", "keycloak-" + version());
        }
        return Path.of(configured);
    }

    /**
     * A Keycloak home of this test run's own, {@code target/keycloak-<version>} under the working directory (the
     * module's folder under Maven): see {@link #privateHome(Path, Path)}.
     */
    public static Path ownHome() throws IOException {
        return privateHome(
                defaultHome(), Path.of("target", "keycloak-" + version()).toAbsolutePath());
    }

    /**
     * A home at {@code target} for a Keycloak that shares nothing with others started from {@code shared} (another
     * test run's, the demo one): its database, imported realm, transaction logs and build output live under
     * {@code target}. {@code shared} is installed first if needed; its small parts are copied once, its libraries
     * ({@code lib/lib}, about 170 MB, only ever read) are linked.
     */
    public static Path privateHome(Path shared, Path target) throws IOException {
        ensureInstalled(shared);
        if (!Files.isRegularFile(target.resolve("lib/quarkus-run.jar"))) {
            Path source = shared.toAbsolutePath();
            Path staging = target.resolveSibling(
                    target.getFileName() + ".copying-" + ProcessHandle.current().pid());
            Paths2.deleteRecursively(staging);
            try (var walk = Files.walk(source)) {
                for (Path from : walk.toList()) {
                    Path relative = source.relativize(from);
                    if (!relative.toString().isEmpty() && !shared(relative)) {
                        Path to = staging.resolve(relative.toString());
                        if (Files.isDirectory(from)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    }
                }
            }
            Files.createDirectories(staging.resolve("lib"));
            Files.createSymbolicLink(staging.resolve("lib/lib"), source.resolve("lib/lib"));
            Paths2.deleteRecursively(target);
            Files.createDirectories(target.getParent());
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return ensureInstalled(target);
    }

    /** Parts of a home that a private copy leaves out: the run's own state, and the libraries it links to. */
    private static boolean shared(Path relative) {
        String first = relative.getName(0).toString();
        return first.equals("data")
                || first.equals(".markers")
                || first.equals("keycloak.log")
                || relative.startsWith(Path.of("lib", "lib"));
    }

    /** Makes sure {@code home} holds a runnable distribution; unpacks the zip from the local Maven repo if not. */
    public static Path ensureInstalled(Path home) throws IOException {
        if (!Files.isRegularFile(home.resolve("lib/quarkus-run.jar"))) {
            Path zip = localRepository()
                    .resolve("org/keycloak/keycloak-quarkus-dist/" + version() + "/keycloak-quarkus-dist-" + version()
                            + ".zip");
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("No Keycloak " + version() + " distribution at " + home
                        + " and no " + zip + ". Run 'mvn -f keycloak/pom.xml generate-resources' (downloads and"
                        + " unpacks it) or point -D" + HOME_PROPERTY + " at an unpacked keycloak-" + version());
            }
            unzipStrippingTopFolder(zip, home);
        }
        Path kcSh = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh) && !kcSh.toFile().setExecutable(true)) {
            throw new IllegalStateException("Cannot make " + kcSh + " executable");
        }
        return home;
    }

    private static void unzipStrippingTopFolder(Path zip, Path home) throws IOException {
        Path staging = home.resolveSibling(
                home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        Paths2.deleteRecursively(staging);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                int slash = entry.getName().indexOf('/');
                if (slash < 0 || slash == entry.getName().length() - 1) {
                    continue;
                }
                Path target =
                        staging.resolve(entry.getName().substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("Zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zipFile.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Paths2.deleteRecursively(home);
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in =
                KeycloakDistribution.class.getClassLoader().getResourceAsStream("keycloak/dist.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "keycloak/dist.properties missing: build the keycloak module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
