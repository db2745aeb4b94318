package nl.onderwijsregio.workspace.analysis;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a chapter can rest on, and the word a citation uses for it in the text: {@code [[bron:e019]]} (a catalogue
 * entry), {@code [[register:12]]} (closed data of the own register), {@code [[bevinding:5]]}, {@code
 * [[prioriteit:3]]}.
 */
public enum EvidenceKind {
    CATALOGUE("bron", "Bron uit de catalogus"),
    REGISTER("register", "Gesloten data"),
    FINDING("bevinding", "Bevinding"),
    PRIORITY("prioriteit", "Prioriteit");

    private final String citation;
    private final String label;

    EvidenceKind(String citation, String label) {
        this.citation = citation;
        this.label = label;
    }

    /** The word before the colon in a citation. */
    public String citation() {
        return citation;
    }

    /** The Dutch name for screens. */
    public String label() {
        return label;
    }

    public static Optional<EvidenceKind> cited(String word) {
        return Arrays.stream(values()).filter(k -> k.citation.equals(word)).findFirst();
    }
}
