package nl.onderwijsregio.workspace.priorities;

import java.util.Arrays;
import java.util.List;

/** A sub-theme of a {@link PriorityTheme}; the matrix of the comparison has one row per sub-theme, in this order. */
public enum PrioritySubTheme {
    WERVEN(PriorityTheme.AANTREKKEN, "werven"),
    MATCHEN(PriorityTheme.AANTREKKEN, "matchen"),
    OPLEIDEN(PriorityTheme.AANTREKKEN, "opleiden"),
    BEGELEIDEN(PriorityTheme.BEHOUDEN, "begeleiden"),
    PROFESSIONALISEREN(PriorityTheme.BEHOUDEN, "professionaliseren"),
    VERZUIM_WERKGELUK(PriorityTheme.BEHOUDEN, "verzuim & werkgeluk"),
    OMGAAN_MET_SCHAARSTE(PriorityTheme.CONTINUEREN, "omgaan met schaarste"),
    REGIONALE_CONTEXT(PriorityTheme.CONTEXT, "regionale context"),
    KANSENGELIJKHEID(PriorityTheme.CONTEXT, "kansengelijkheid"),
    ONDERWIJSKWALITEIT(PriorityTheme.CONTEXT, "onderwijskwaliteit");

    private final PriorityTheme theme;
    private final String label;

    PrioritySubTheme(PriorityTheme theme, String label) {
        this.theme = theme;
        this.label = label;
    }

    public PriorityTheme theme() {
        return theme;
    }

    /** The Dutch name of the sub-theme alone, e.g. "werven". */
    public String label() {
        return label;
    }

    /** Theme and sub-theme together, e.g. "Aantrekken · werven". */
    public String fullLabel() {
        return theme.label() + " · " + label;
    }

    public static List<PrioritySubTheme> of(PriorityTheme theme) {
        return Arrays.stream(values()).filter(s -> s.theme == theme).toList();
    }
}
