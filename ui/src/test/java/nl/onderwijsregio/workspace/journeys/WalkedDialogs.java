package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.testing.Browser;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every dialog of the app by its id (given where it is built, {@code shell.Dialogs.identify}), with the walk of
 * {@link AccessibilityJourneyIT} that opens it. {@link EveryDialogIsWalkedTest} keeps the list complete; the walk
 * records each dialog it opened ({@link #record}) and fails when one on the list was never opened.
 */
final class WalkedDialogs {

    /** Every dialog of the app, with the walk that opens it. */
    static final Map<String, String> DIALOGS = new TreeMap<>(Map.ofEntries(
            Map.entry("region-profile", "lead (home)"),
            Map.entry("profile-clear", "lead (home, from the profile dialog)"),
            Map.entry("catalogue-suggestion", "lead (a correction), member (a new source)"),
            Map.entry("catalogue-entry-editor", "catalogus (new, edit, accepting a suggestion)"),
            Map.entry("catalogue-retire", "catalogus"),
            Map.entry("catalogue-partner-editor", "catalogus"),
            Map.entry("suggestion-decline", "catalogus"),
            Map.entry("register-form", "lead (new, edit)"),
            Map.entry("register-import", "lead"),
            Map.entry("register-entry", "lead"),
            Map.entry("register-entry-delete", "lead"),
            Map.entry("finding-form", "lead (new, edit)"),
            Map.entry("finding-delete", "lead"),
            Map.entry("priority-form", "lead (new, edit)"),
            Map.entry("priority-delete", "lead"),
            Map.entry("analysis-establish", "lead"),
            Map.entry("analysis-share", "neighbour lead (veenland's vastgestelde version)"),
            Map.entry("analysis-new-chapter", "lead"),
            Map.entry("analysis-rename", "lead"),
            Map.entry("analysis-retag", "lead"),
            Map.entry("analysis-remove", "lead"),
            Map.entry("analysis-compare", "lead (a chapter saved meanwhile by someone else)"),
            Map.entry("template-remove", "catalogus"),
            Map.entry("team-remove-confirm", "lead"),
            Map.entry("national-lines", "national (drill-down and source lines)"),
            Map.entry("admin-new-region", "beheer"),
            Map.entry("admin-rename-region", "beheer"),
            Map.entry("admin-new-pair", "beheer"),
            Map.entry("admin-toggle-region", "beheer"),
            Map.entry("admin-remove-pair", "beheer"),
            Map.entry("areas-import", "beheer"),
            Map.entry("region-erase", "beheer")));

    /** The prefix under which an opened dialog's id is kept among the walk's visited routes. */
    static final String OPENED = "dialog:";

    private WalkedDialogs() {}

    /** Notes the id of every dialog open in the browser now among {@code visited}. */
    static void record(Browser browser, Set<String> visited) {
        Object ids = ((JavascriptExecutor) browser.driver()).executeScript("""
                        return [...document.querySelectorAll('vaadin-dialog[opened], vaadin-confirm-dialog[opened]')]
                            .map(d => d.id || '(a dialog without an id)');""");
        if (ids instanceof Iterable<?> each) {
            each.forEach(id -> visited.add(OPENED + id));
        }
    }

    /** The walks opened every dialog on the list (and none without an id). */
    static void assertAllOpened(Set<String> visited) {
        Set<String> opened = visited.stream()
                .filter(v -> v.startsWith(OPENED))
                .map(v -> v.substring(OPENED.length()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(opened).as("dialogs the walks opened").containsAll(DIALOGS.keySet());
        assertThat(opened).as("dialogs the walks opened, against the list").isSubsetOf(DIALOGS.keySet());
    }
}
