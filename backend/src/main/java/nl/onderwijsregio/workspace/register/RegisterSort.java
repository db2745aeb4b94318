package nl.onderwijsregio.workspace.register;

/** The orders a register page can be listed in. */
public enum RegisterSort {
    /** Most recently changed first. */
    UPDATED,
    /** Soonest end of retention first, entries without one last. */
    RETENTION,
    /** By holder name. */
    HOLDER,
    /** By status in the order of the workflow, then most recently changed. */
    STATUS
}
