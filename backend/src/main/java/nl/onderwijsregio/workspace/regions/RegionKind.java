package nl.onderwijsregio.workspace.regions;

/** Whether a region covers one contiguous area or is a national, non-geographic network. */
public enum RegionKind {
    GEOGRAPHIC,
    NATIONAL
}
