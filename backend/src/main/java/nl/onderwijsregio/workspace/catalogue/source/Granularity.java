package nl.onderwijsregio.workspace.catalogue.source;

import nl.onderwijsregio.workspace.messages.Labelled;

/** A normalised level of detail (niveau / uitsplitsing) at which data is available. */
public enum Granularity implements Labelled {
    VESTIGING,
    INSTELLING,
    BESTUUR,
    OPLEIDING,
    GEMEENTE,
    WIJK_EN_BUURT,
    COROP,
    ARBEIDSMARKTREGIO,
    ONDERWIJSREGIO,
    PROVINCIE,
    LANDELIJK,
    /** Individual person: only school boards' own data (partner table: "persoonsniveau"). */
    PERSOON,
    /** Another regional division than the onderwijsregio: "Regio, maar niet onderwijsregio", Regio Deal, HCA… */
    REGIO,
    /** The area of a samenwerkingsverband passend onderwijs. */
    SAMENWERKINGSVERBAND,
    /** The level column names no level of detail, e.g. "Toelichting & definities". */
    NIET_VAN_TOEPASSING;
}
