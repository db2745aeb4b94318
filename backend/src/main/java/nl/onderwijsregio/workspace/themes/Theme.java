package nl.onderwijsregio.workspace.themes;

import java.util.List;

/**
 * A theme with its sub-themes, e.g. Aantrekken with werven, matchen and opleiden.
 *
 * @param name      the Dutch name, as stored
 * @param abc       whether the theme is one of the three of the ABC model
 * @param subThemes the sub-themes in their usual order (may be empty)
 */
public record Theme(String name, boolean abc, List<String> subThemes) {

    public Theme {
        subThemes = List.copyOf(subThemes);
    }

    public boolean has(String subTheme) {
        return subThemes.contains(subTheme);
    }
}
