package nl.onderwijsregio.workspace.themes;

/**
 * An education (or childcare) sector: what a catalogue entry names, and what a finding or priority concerns. Stored
 * by its name; HO covers hbo, wo and the teacher training courses.
 */
public enum Sector {
    PO("Primair onderwijs"),
    SO("(Voortgezet) speciaal onderwijs"),
    VO("Voortgezet onderwijs"),
    MBO("Middelbaar beroepsonderwijs"),
    HO("Hoger onderwijs en lerarenopleidingen"),
    KINDEROPVANG("Kinderopvang");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** The Dutch label, for exports and documents (screens take theirs from the translations). */
    public String label() {
        return label;
    }
}
