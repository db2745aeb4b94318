package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every dialog of the app is on the accessibility walk's list ({@link WalkedDialogs#DIALOGS}): a scan of the ui's main
 * sources finds each dialog built ({@code new Dialog(}, {@code new ConfirmDialog(}, a class that extends one) and the
 * id each gets where it is built ({@code Dialogs.identify(…, "id")}). A dialog without an id, or with an id the walk
 * does not know, fails here; the walk itself fails when a dialog on its list was never opened.
 */
class EveryDialogIsWalkedTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern BUILT = Pattern.compile("new (Confirm)?Dialog\\(|extends (Confirm)?Dialog\\b");
    private static final Pattern ID = Pattern.compile(
            "Dialogs\\.identify\\(\\s*(?:this|\\w+|new (?:Confirm)?Dialog\\(\\)),\\s*\"([a-z0-9-]+)\"\\s*\\)");

    @Test
    void every_dialog_of_the_app_has_an_id_on_the_accessibility_walks_list() throws IOException {
        Dialogs found = scan();
        assertThat(found.withoutId())
                .as("source files that build more dialogs than they identify")
                .isEmpty();
        assertThat(found.duplicates()).as("ids given to two dialogs").isEmpty();
        assertThat(WalkedDialogs.DIALOGS.keySet())
                .as("dialog ids in the sources (left) against the walk's list")
                .containsExactlyInAnyOrderElementsOf(found.ids());
    }

    @Test
    void the_scan_finds_the_dialogs_it_should() throws IOException {
        Dialogs found = scan();
        assertThat(found.ids()).contains("analysis-share", "profile-clear", "register-form", "admin-new-pair");
        assertThat(found.built())
                .as("dialogs built")
                .isGreaterThanOrEqualTo(found.ids().size());
    }

    private record Dialogs(Set<String> ids, List<String> duplicates, List<String> withoutId, int built) {}

    private static Dialogs scan() throws IOException {
        Set<String> ids = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        List<String> withoutId = new ArrayList<>();
        int built = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("shell", "Dialogs.java"))) {
                    continue; // the helper itself
                }
                String source = Files.readString(file);
                int dialogs = count(BUILT.matcher(source));
                int identified = 0;
                Matcher id = ID.matcher(source);
                while (id.find()) {
                    identified++;
                    if (!ids.add(id.group(1))) {
                        duplicates.add(id.group(1));
                    }
                }
                if (dialogs > identified) {
                    withoutId.add(SOURCES.relativize(file) + ": " + dialogs + " built, " + identified + " with an id");
                }
                built += dialogs;
            }
        }
        return new Dialogs(ids, duplicates, withoutId, built);
    }

    private static int count(Matcher matcher) {
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
