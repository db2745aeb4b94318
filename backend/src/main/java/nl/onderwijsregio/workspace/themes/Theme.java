package nl.onderwijsregio.workspace.themes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A theme: first the three of the ABC model of the Realisatie-Eenheid, then the other themes of the Handreiking
 * Databronnen in its order. The catalogue, findings, priorities and the national overview all use these.
 */
public enum Theme {
    AANTREKKEN("Aantrekken"),
    BEHOUDEN("Behouden"),
    CONTINUEREN("Continueren"),
    ONDERWIJSARBEIDSMARKT("(Onderwijs)arbeidsmarkt"),
    INDELING_ONDERWIJSREGIOS("Indeling onderwijsregio's"),
    REGIONALE_CONTEXT("Regionale context"),
    KANSENGELIJKHEID("Kansengelijkheid"),
    ONDERWIJSKWALITEIT("Onderwijskwaliteit"),
    VOORSCHOOLSE_EDUCATIE("Voorschoolse educatie"),
    AANPALENDE_ORGANISATIES("Aanpalende organisaties");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** The Dutch name: what screens and the API show, and what the catalogue and findings store. */
    @JsonValue
    public String label() {
        return label;
    }

    /** Whether it is one of the three themes of the ABC model. */
    public boolean abc() {
        return ordinal() <= CONTINUEREN.ordinal();
    }

    /** The sub-themes in their usual order; empty for the themes outside the ABC model. */
    public List<SubTheme> subThemes() {
        return Arrays.stream(SubTheme.values()).filter(s -> s.theme() == this).toList();
    }

    /** The three ABC themes. */
    public static List<Theme> abcThemes() {
        return Arrays.stream(values()).filter(Theme::abc).toList();
    }

    public static Optional<Theme> labelled(@Nullable String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }

    /** Reads the theme from its Dutch name or its code (e.g. "Aantrekken" or "AANTREKKEN"), as the API accepts it. */
    @JsonCreator
    public static @Nullable Theme of(@Nullable String nameOrLabel) {
        if (nameOrLabel == null || nameOrLabel.isBlank()) {
            return null;
        }
        String value = nameOrLabel.strip();
        return Arrays.stream(values())
                .filter(t -> t.label.equals(value) || t.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekend thema: " + value));
    }
}
