package nl.onderwijsregio.workspace.catalogue;

import java.time.OffsetDateTime;

/** One recorded change to the catalogue: who, when, what, with a readable summary of the fields that changed. */
public record CatalogueChange(OffsetDateTime occurredAt, String actor, String subject, String action, String summary) {}
