package nl.onderwijsregio.workspace.catalogue.source;

import nl.onderwijsregio.workspace.messages.Labelled;

/** Whether data is freely available (open) or only on request or by agreement (gesloten). */
public enum Access implements Labelled {
    OPEN,
    CLOSED;
}
