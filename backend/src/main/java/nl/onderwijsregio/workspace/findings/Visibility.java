package nl.onderwijsregio.workspace.findings;

/** Who may read a published finding besides its own region. A draft is always for the own region only. */
public enum Visibility {
    OWN("Alleen eigen regio"),
    NEIGHBOURS("Eigen regio en buurregio's"),
    ALL("Alle regio's en de Realisatie-Eenheid");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }

    /** Whether other regions can see a published finding with this visibility. */
    public boolean shared() {
        return this != OWN;
    }
}
