package nl.onderwijsregio.workspace.database;

/** Whether the workspace runs on its own embedded PostgreSQL or on an external one. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
