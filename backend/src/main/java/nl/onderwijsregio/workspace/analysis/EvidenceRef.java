package nl.onderwijsregio.workspace.analysis;

/**
 * One piece of evidence of a chapter: its kind and its id (a catalogue entry's id such as {@code e019}, or the number
 * of a register entry, finding or priority).
 */
public record EvidenceRef(EvidenceKind kind, String ref) {

    /** How the text cites it: {@code [[bron:e019]]}. */
    public String citation() {
        return "[[" + kind.citation() + ":" + ref + "]]";
    }

    /** The stored form in a release: {@code CATALOGUE:e019}. */
    public String stored() {
        return kind.name() + ":" + ref;
    }

    public static EvidenceRef ofStored(String value) {
        int colon = value.indexOf(':');
        return new EvidenceRef(EvidenceKind.valueOf(value.substring(0, colon)), value.substring(colon + 1));
    }
}
