package nl.onderwijsregio.workspace.themes;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The themes a finding or priority can be about: first the ABC model of the Realisatie-Eenheid, then the other
 * themes of the Handreiking Databronnen (the catalogue's own themes).
 */
public final class Themes {

    public static final String AANTREKKEN = "Aantrekken";
    public static final String BEHOUDEN = "Behouden";
    public static final String CONTINUEREN = "Continueren";

    private static final List<Theme> ALL = List.of(
            new Theme(AANTREKKEN, true, List.of("Werven", "Matchen", "Opleiden")),
            new Theme(BEHOUDEN, true, List.of("Begeleiden", "Professionaliseren", "Verzuim & werkgeluk")),
            new Theme(CONTINUEREN, true, List.of("Omgaan met schaarste")),
            new Theme("(Onderwijs)arbeidsmarkt", false, List.of()),
            new Theme("Onderwijskwaliteit", false, List.of()),
            new Theme("Kansengelijkheid", false, List.of()),
            new Theme("Voorschoolse educatie", false, List.of()),
            new Theme("Regionale context", false, List.of()),
            new Theme("Aanpalende organisaties", false, List.of()));

    private Themes() {
    }

    /** All themes, ABC first. */
    public static List<Theme> all() {
        return ALL;
    }

    /** The three ABC themes. */
    public static List<Theme> abc() {
        return ALL.stream().filter(Theme::abc).toList();
    }

    public static Optional<Theme> named(@Nullable String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Whether the combination is known: a theme and, if given, one of its sub-themes. */
    public static boolean valid(@Nullable String theme, @Nullable String subTheme) {
        return named(theme).map(t -> subTheme == null || t.has(subTheme)).orElse(false);
    }
}
