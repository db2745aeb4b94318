package nl.onderwijsregio.workspace.analysis;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * What a chapter is about: catalogue themes and, within the ABC themes, sub-themes. A sub-theme brings its theme
 * along (a chapter about Werven is about Aantrekken). Naming sub-themes of a theme narrows that theme: the chapter's
 * suggestions then show the theme's items of those sub-themes and its items without a sub-theme, not those of the
 * theme's other sub-themes. A theme without named sub-themes covers all of them.
 */
public record ChapterThemes(List<Theme> themes, List<SubTheme> subThemes) {

    public static final ChapterThemes NONE = new ChapterThemes(List.of(), List.of());

    public ChapterThemes {
        Set<SubTheme> subs =
                subThemes == null || subThemes.isEmpty() ? EnumSet.noneOf(SubTheme.class) : EnumSet.copyOf(subThemes);
        Set<Theme> all = themes == null || themes.isEmpty() ? EnumSet.noneOf(Theme.class) : EnumSet.copyOf(themes);
        subs.forEach(s -> all.add(s.theme()));
        themes = List.copyOf(all);
        subThemes = List.copyOf(subs);
    }

    public static ChapterThemes of(@Nullable Collection<Theme> themes, @Nullable Collection<SubTheme> subThemes) {
        return new ChapterThemes(
                themes == null ? List.of() : List.copyOf(themes),
                subThemes == null ? List.of() : List.copyOf(subThemes));
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }

    /** The sub-themes named for {@code theme}; empty when the chapter covers the whole theme. */
    public List<SubTheme> narrowing(Theme theme) {
        return subThemes.stream().filter(s -> s.theme() == theme).toList();
    }

    /** Whether an item of {@code theme} and {@code subTheme} (none when null) belongs to this chapter. */
    public boolean covers(@Nullable Theme theme, @Nullable SubTheme subTheme) {
        if (theme == null || !themes.contains(theme)) {
            return false;
        }
        List<SubTheme> narrowed = narrowing(theme);
        return subTheme == null || narrowed.isEmpty() || narrowed.contains(subTheme);
    }
}
