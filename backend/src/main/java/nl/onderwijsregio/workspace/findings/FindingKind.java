package nl.onderwijsregio.workspace.findings;

/** How a finding was gathered. */
public enum FindingKind {
    INTERVIEW("Interview"),
    SCHOOLBEZOEK("Schoolbezoek"),
    ENQUETE("Enquête"),
    SIGNAAL_BEROEPSGROEP("Signaal uit de beroepsgroep"),
    OVERLEG("Overleg"),
    DOCUMENTANALYSE("Documentanalyse"),
    OVERIG("Overig");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }
}
