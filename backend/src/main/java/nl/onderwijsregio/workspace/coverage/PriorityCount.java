package nl.onderwijsregio.workspace.coverage;

import java.util.List;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * Published priorities of one theme and sub-theme (none for a theme of the regional context), nationally, and the
 * regions that have one.
 */
public record PriorityCount(
        Theme theme, @Nullable SubTheme subTheme, int priorities, int regions, List<String> regionNames) {

    public PriorityCount {
        regionNames = List.copyOf(regionNames);
    }

    public Topic topic() {
        return new Topic(theme, subTheme);
    }
}
