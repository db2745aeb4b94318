package nl.onderwijsregio.workspace.priorities;

import nl.onderwijsregio.workspace.messages.Labelled;

/** How far a region is with a priority. */
public enum PriorityStatus implements Labelled {
    GEPLAND,
    LOPEND,
    AFGEROND,
    GESTOPT;
}
