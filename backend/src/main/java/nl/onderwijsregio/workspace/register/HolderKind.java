package nl.onderwijsregio.workspace.register;

import nl.onderwijsregio.workspace.messages.Labelled;

/** Who holds the closed data a region asks for. */
public enum HolderKind implements Labelled {
    BESTUUR,
    VFPF,
    DUO,
    CBS,
    LERARENOPLEIDING,
    KINDEROPVANG,
    GEMEENTE,
    REGIONAAL_LOKET,
    OTHER;
}
