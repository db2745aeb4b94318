package nl.onderwijsregio.workspace.catalogue;

/** The dimensions the catalogue can be narrowed by; {@code parameter} is its name in URLs and the API. */
public enum Facet {
    THEME("thema"),
    SUB_THEME("subthema"),
    PARTNER("partner"),
    GRANULARITY("niveau"),
    ACCESS("toegang"),
    SECTOR("sector");

    private final String parameter;

    Facet(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
