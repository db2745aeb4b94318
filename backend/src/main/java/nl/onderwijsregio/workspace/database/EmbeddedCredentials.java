package nl.onderwijsregio.workspace.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The passwords of the embedded PostgreSQL's three roles: the superuser {@code postgres}, the owner (Flyway) and the
 * application role. Generated on the first start and kept in {@value #FILE} in the data folder, readable by the
 * owner of the process only (POSIX {@code rw-------}).
 */
record EmbeddedCredentials(String superuser, String owner, String app) {

    static final String FILE = "postgres-credentials.properties";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 32; // 32 symbols of 57: about 186 bits
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedCredentials generate() {
        return new EmbeddedCredentials(password(), password(), password());
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** The stored passwords, or empty when the folder has none yet (new, or from before passwords were used). */
    static Optional<EmbeddedCredentials> read(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String superuser = p.getProperty("postgres");
        String owner = p.getProperty("owner");
        String app = p.getProperty("app");
        if (blank(superuser) || blank(owner) || blank(app)) {
            throw new IllegalStateException(
                    "Het wachtwoordbestand " + file + " van de ingebouwde database is onvolledig"
                            + " (postgres, owner en app zijn nodig). Verwijder het: bij de volgende start krijgen alle rollen"
                            + " nieuwe wachtwoorden. / The embedded database's password file is incomplete; delete it and"
                            + " restart to set new passwords.");
        }
        return Optional.of(new EmbeddedCredentials(superuser, owner, app));
    }

    /** Writes the passwords, owner-only from the first byte (a temporary file moved into place). */
    void write(Path dataDir) throws IOException {
        Path file = file(dataDir);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix()) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(tmp);
        }
        Properties p = new Properties();
        p.setProperty("postgres", superuser);
        p.setProperty("owner", owner);
        p.setProperty("app", app);
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(
                    out,
                    "Passwords of the embedded PostgreSQL (superuser postgres, owner, application role)."
                            + " Delete this file and restart to set new ones.");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[***]";
    }

    private static String password() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
