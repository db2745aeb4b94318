package nl.onderwijsregio.workspace.findings;

import nl.onderwijsregio.workspace.messages.Labelled;

/** Who may read a published finding besides its own region. A draft is always for the own region only. */
public enum Visibility implements Labelled {
    OWN,
    NEIGHBOURS,
    ALL;

    /** Whether other regions can see a published finding with this visibility. */
    public boolean shared() {
        return this != OWN;
    }
}
