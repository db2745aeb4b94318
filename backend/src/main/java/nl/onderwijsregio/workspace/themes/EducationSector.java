package nl.onderwijsregio.workspace.themes;

/** The sectors a finding or priority can concern. */
public enum EducationSector {
    PO("Primair onderwijs"),
    SO("(Voortgezet) speciaal onderwijs"),
    VO("Voortgezet onderwijs"),
    MBO("Middelbaar beroepsonderwijs"),
    HO("Hoger onderwijs en lerarenopleidingen"),
    KINDEROPVANG("Kinderopvang");

    private final String label;

    EducationSector(String label) {
        this.label = label;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }
}
