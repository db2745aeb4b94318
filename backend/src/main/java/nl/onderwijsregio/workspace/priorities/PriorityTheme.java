package nl.onderwijsregio.workspace.priorities;

/** The ABC themes regions organise their work along, plus the regional context. */
public enum PriorityTheme {
    AANTREKKEN("Aantrekken"),
    BEHOUDEN("Behouden"),
    CONTINUEREN("Continueren"),
    CONTEXT("Regionale context");

    private final String label;

    PriorityTheme(String label) {
        this.label = label;
    }

    /** The Dutch name for screens, exports and messages. */
    public String label() {
        return label;
    }
}
