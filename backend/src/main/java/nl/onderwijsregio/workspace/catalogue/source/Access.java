package nl.onderwijsregio.workspace.catalogue.source;

/** Whether data is freely available (open) or only on request or by agreement (gesloten). */
public enum Access {
    OPEN("open"),
    CLOSED("gesloten");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    /** The Dutch label, as used in the Handreiking ("open" / "gesloten"). */
    public String label() {
        return label;
    }
}
