package nl.onderwijsregio.workspace.priorities;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import nl.onderwijsregio.workspace.themes.Topic;
import org.jspecify.annotations.Nullable;

/**
 * What a priority can be about: one sub-theme of the ABC model, or one of the themes of the regional context. The
 * comparison has one row per topic, in this order.
 */
public final class PriorityTopics {

    private static final List<Topic> ALL = Stream.concat(
                    Arrays.stream(SubTheme.values()).map(Topic::of),
                    Stream.of(Theme.REGIONALE_CONTEXT, Theme.KANSENGELIJKHEID, Theme.ONDERWIJSKWALITEIT)
                            .map(Topic::of))
            .sorted()
            .toList();

    private PriorityTopics() {}

    public static List<Topic> all() {
        return ALL;
    }

    /** The themes of the topics, in order. */
    public static List<Theme> themes() {
        return ALL.stream().map(Topic::theme).distinct().toList();
    }

    /** Whether a priority can be about this theme with this sub-theme (or none). */
    public static boolean allowed(@Nullable Theme theme, @Nullable SubTheme subTheme) {
        return Topic.valid(theme, subTheme) && ALL.contains(new Topic(theme, subTheme));
    }
}
