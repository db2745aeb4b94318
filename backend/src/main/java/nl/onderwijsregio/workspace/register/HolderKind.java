package nl.onderwijsregio.workspace.register;

/** Who holds the closed data a region asks for. */
public enum HolderKind {
    BESTUUR("Schoolbestuur"),
    VFPF("Vervangingsfonds/Participatiefonds"),
    DUO("DUO"),
    CBS("CBS"),
    LERARENOPLEIDING("Lerarenopleiding"),
    KINDEROPVANG("Kinderopvang"),
    GEMEENTE("Gemeente"),
    REGIONAAL_LOKET("Regionaal loket"),
    OTHER("Anders");

    private final String label;

    HolderKind(String label) {
        this.label = label;
    }

    /** The Dutch name for screens. */
    public String label() {
        return label;
    }
}
