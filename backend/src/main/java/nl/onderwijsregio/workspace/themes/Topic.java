package nl.onderwijsregio.workspace.themes;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a finding or priority is about: a theme, narrowed to one of its sub-themes or not. Topics sort in the order
 * of the vocabulary, a theme on its own before its sub-themes.
 */
public record Topic(Theme theme, @Nullable SubTheme subTheme) implements Comparable<Topic> {

    private static final Comparator<Topic> ORDER = Comparator.comparing(Topic::theme)
            .thenComparing(Topic::subTheme, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Topic {
        Objects.requireNonNull(theme, "theme");
        if (subTheme != null && subTheme.theme() != theme) {
            throw new IllegalArgumentException(subTheme + " is not a sub-theme of " + theme);
        }
    }

    public static Topic of(Theme theme) {
        return new Topic(theme, null);
    }

    public static Topic of(SubTheme subTheme) {
        return new Topic(subTheme.theme(), subTheme);
    }

    /** Whether the combination is known: a theme and, if given, one of its sub-themes. */
    public static boolean valid(@Nullable Theme theme, @Nullable SubTheme subTheme) {
        return theme != null && (subTheme == null || subTheme.theme() == theme);
    }

    /** Theme and sub-theme together, e.g. "Aantrekken · Werven"; the theme alone if there is no sub-theme. */
    public String label() {
        return subTheme == null ? theme.label() : theme.label() + " · " + subTheme.label();
    }

    @Override
    public int compareTo(Topic other) {
        return ORDER.compare(this, other);
    }
}
