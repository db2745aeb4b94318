package nl.onderwijsregio.workspace.priorities;

/** A region in a comparison: its id and display name. */
public record ComparedRegion(String id, String name) {}
