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

    private KeycloakDistribution() {
    }

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
            return Path.of(System.getProperty("user.home"), ".cache", "onderwijsregio-workspace",
                    "keycloak-" + version());
        }
        return Path.of(configured);
    }

    /** Makes sure {@code home} holds a runnable distribution; unpacks the zip from the local Maven repo if not. */
    public static Path ensureInstalled(Path home) throws IOException {
        if (!Files.isRegularFile(home.resolve("lib/quarkus-run.jar"))) {
            Path zip = localRepository().resolve("org/keycloak/keycloak-quarkus-dist/" + version()
                    + "/keycloak-quarkus-dist-" + version() + ".zip");
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
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        Paths2.deleteRecursively(staging);
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                int slash = entry.getName().indexOf('/');
                if (slash < 0 || slash == entry.getName().length() - 1) {
                    continue;
                }
                Path target = staging.resolve(entry.getName().substring(slash + 1)).normalize();
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
        try (InputStream in = KeycloakDistribution.class.getClassLoader()
                .getResourceAsStream("keycloak/dist.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak/dist.properties missing: build the keycloak module with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
