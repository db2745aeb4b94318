package nl.onderwijsregio.workspace.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The {@code onderwijsregio} login theme, kept as classpath resources and copied into a Keycloak home. */
public final class LoginTheme {

    /** Theme name as referenced by the realm's {@code loginTheme}. */
    public static final String NAME = "onderwijsregio";
    /** Classpath folder of the theme. */
    public static final String RESOURCE_ROOT = "keycloak/theme/" + NAME + "/";
    /** Every file of the theme, relative to {@link #RESOURCE_ROOT} (a test keeps this list complete). */
    public static final List<String> FILES = List.of(
            "login/theme.properties",
            "login/resources/css/onderwijsregio.css",
            "login/messages/messages_nl.properties",
            "login/messages/messages_en.properties");

    private LoginTheme() {}

    /** Replaces {@code <themesDir>/onderwijsregio} with the theme from the classpath. */
    public static void copyTo(Path themesDir) throws IOException {
        Path target = themesDir.resolve(NAME);
        Paths2.deleteRecursively(target);
        for (String file : FILES) {
            Path destination = target.resolve(file);
            Files.createDirectories(destination.getParent());
            try (InputStream in = LoginTheme.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + file)) {
                if (in == null) {
                    throw new IllegalStateException("Theme resource missing: " + RESOURCE_ROOT + file);
                }
                Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
