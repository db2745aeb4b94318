package nl.onderwijsregio.workspace.themes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A sub-theme of one of the ABC themes, e.g. Werven of Aantrekken; in their usual order. */
public enum SubTheme {
    WERVEN(Theme.AANTREKKEN, "Werven"),
    MATCHEN(Theme.AANTREKKEN, "Matchen"),
    OPLEIDEN(Theme.AANTREKKEN, "Opleiden"),
    BEGELEIDEN(Theme.BEHOUDEN, "Begeleiden"),
    PROFESSIONALISEREN(Theme.BEHOUDEN, "Professionaliseren"),
    VERZUIM_WERKGELUK(Theme.BEHOUDEN, "Verzuim & werkgeluk"),
    OMGAAN_MET_SCHAARSTE(Theme.CONTINUEREN, "Omgaan met schaarste");

    private final Theme theme;
    private final String label;

    SubTheme(Theme theme, String label) {
        this.theme = theme;
        this.label = label;
    }

    public Theme theme() {
        return theme;
    }

    /** The Dutch name of the sub-theme alone, e.g. "Werven": what screens and the API show, and findings store. */
    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<SubTheme> labelled(@Nullable String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    /** Reads the sub-theme from its Dutch name or its code (e.g. "Werven" or "WERVEN"), as the API accepts it. */
    @JsonCreator
    public static @Nullable SubTheme of(@Nullable String nameOrLabel) {
        if (nameOrLabel == null || nameOrLabel.isBlank()) {
            return null;
        }
        String value = nameOrLabel.strip();
        return Arrays.stream(values())
                .filter(s -> s.label.equals(value) || s.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekend subthema: " + value));
    }
}
