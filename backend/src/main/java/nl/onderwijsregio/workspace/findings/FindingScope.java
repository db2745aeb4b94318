package nl.onderwijsregio.workspace.findings;

/** Which findings a list shows; row-level security has already narrowed them to what the user may read. */
public enum FindingScope {
    /** The active region's own findings, drafts included. */
    OWN,
    /** Published findings of other regions shared with the active region (as a neighbour or with all). */
    FEED,
    /** Everything the user may read: own findings and those shared with the region. */
    VISIBLE,
    /** Published findings shared with all regions and the Realisatie-Eenheid. */
    SHARED_WITH_ALL
}
