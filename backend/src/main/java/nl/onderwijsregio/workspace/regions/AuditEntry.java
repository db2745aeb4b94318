package nl.onderwijsregio.workspace.regions;

import java.time.OffsetDateTime;

/** One change to the national lists of regions and neighbours. */
public record AuditEntry(OffsetDateTime occurredAt, String actor, String action, String subject, String details) {}
