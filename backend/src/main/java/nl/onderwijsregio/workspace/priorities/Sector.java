package nl.onderwijsregio.workspace.priorities;

/** The education sectors a priority is about. */
public enum Sector {
    PO("po"),
    VO("vo"),
    MBO("mbo"),
    SO("(v)so"),
    KINDEROPVANG("kinderopvang"),
    HO("ho/lerarenopleiding");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
