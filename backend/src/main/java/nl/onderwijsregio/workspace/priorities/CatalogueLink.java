package nl.onderwijsregio.workspace.priorities;

/** A catalogue entry that supports a priority: its id and its information. */
public record CatalogueLink(String catalogueEntryId, String information) {}
