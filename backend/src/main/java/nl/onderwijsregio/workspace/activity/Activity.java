package nl.onderwijsregio.workspace.activity;

import java.time.OffsetDateTime;

/** One entry of a region's activity log. */
public record Activity(OffsetDateTime occurredAt, String actor, String kind, String summary) {}
