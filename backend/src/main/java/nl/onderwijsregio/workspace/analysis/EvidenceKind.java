package nl.onderwijsregio.workspace.analysis;

import java.util.Arrays;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Labelled;

/**
 * What a chapter can rest on, and the word a citation uses for it in the text: {@code [[bron:e019]]} (a catalogue
 * entry), {@code [[register:12]]} (closed data of the own register), {@code [[bevinding:5]]}, {@code
 * [[prioriteit:3]]}.
 */
public enum EvidenceKind implements Labelled {
    CATALOGUE("bron"),
    REGISTER("register"),
    FINDING("bevinding"),
    PRIORITY("prioriteit");

    private final String citation;

    EvidenceKind(String citation) {
        this.citation = citation;
    }

    /** The word before the colon in a citation. */
    public String citation() {
        return citation;
    }

    public static Optional<EvidenceKind> cited(String word) {
        return Arrays.stream(values()).filter(k -> k.citation.equals(word)).findFirst();
    }
}
