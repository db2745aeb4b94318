package nl.onderwijsregio.workspace.register;

/** The agreement under which closed data was obtained. */
public enum AgreementType {
    VERWERKERSOVEREENKOMST("Verwerkersovereenkomst"),
    GEGEVENSDELINGSOVEREENKOMST("Gegevensdelingsovereenkomst"),
    NIET_NODIG_GEAGGREGEERD("Niet nodig (geaggregeerde gegevens)"),
    OTHER("Anders");

    private final String label;

    AgreementType(String label) {
        this.label = label;
    }

    /** The Dutch name for screens. */
    public String label() {
        return label;
    }
}
