package nl.onderwijsregio.workspace.notifications;

import java.time.OffsetDateTime;

/** Something that happened that a recipient may be mailed about; {@code key} names it uniquely. */
record Event(NotificationKind kind, String key, String itemId, OffsetDateTime at) {}
