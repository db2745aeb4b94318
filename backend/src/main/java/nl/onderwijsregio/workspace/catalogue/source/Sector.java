package nl.onderwijsregio.workspace.catalogue.source;

/** An education (or childcare) sector a catalogue entry explicitly mentions. */
public enum Sector {
    PO("primair onderwijs"),
    VO("voortgezet onderwijs"),
    MBO("middelbaar beroepsonderwijs"),
    HBO("hoger beroepsonderwijs"),
    WO("wetenschappelijk onderwijs"),
    KINDEROPVANG("kinderopvang");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }
}
