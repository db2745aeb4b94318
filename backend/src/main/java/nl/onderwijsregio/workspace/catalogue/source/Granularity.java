package nl.onderwijsregio.workspace.catalogue.source;

/** A normalised level of detail (niveau / uitsplitsing) at which data is available. */
public enum Granularity {
    VESTIGING("vestiging"),
    INSTELLING("instelling"),
    BESTUUR("bestuur"),
    OPLEIDING("opleiding"),
    GEMEENTE("gemeente"),
    WIJK_EN_BUURT("wijk en buurt"),
    COROP("COROP-gebied"),
    ARBEIDSMARKTREGIO("arbeidsmarktregio"),
    ONDERWIJSREGIO("onderwijsregio"),
    PROVINCIE("provincie"),
    LANDELIJK("landelijk"),
    /** Individual person: only school boards' own data (partner table: "persoonsniveau"). */
    PERSOON("persoon"),
    /** Another regional division than the onderwijsregio: "Regio, maar niet onderwijsregio", Regio Deal, HCA… */
    REGIO("andere regio-indeling"),
    /** The area of a samenwerkingsverband passend onderwijs. */
    SAMENWERKINGSVERBAND("samenwerkingsverband passend onderwijs"),
    /** The level column names no level of detail, e.g. "Toelichting & definities". */
    NIET_VAN_TOEPASSING("niet van toepassing");

    private final String label;

    Granularity(String label) {
        this.label = label;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }
}
