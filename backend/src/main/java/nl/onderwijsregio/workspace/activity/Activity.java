package nl.onderwijsregio.workspace.activity;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.messages.Message;

/** One entry of a region's activity log; its summary is said in the reader's language. */
public record Activity(OffsetDateTime occurredAt, String actor, String kind, Message summary) {}
