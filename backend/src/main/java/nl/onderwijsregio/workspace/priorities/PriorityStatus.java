package nl.onderwijsregio.workspace.priorities;

/** How far a region is with a priority. */
public enum PriorityStatus {
    GEPLAND("Gepland"),
    LOPEND("Lopend"),
    AFGEROND("Afgerond"),
    GESTOPT("Gestopt");

    private final String label;

    PriorityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
