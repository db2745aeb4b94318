package nl.onderwijsregio.workspace.notifications;

import java.time.OffsetDateTime;

/** One mail owed: an event for a recipient, by reference only (what it says is read again at send time). */
record OutboxRow(
        long id,
        String recipient,
        NotificationKind kind,
        String itemId,
        OffsetDateTime occurredAt,
        Frequency frequency,
        int attempts) {}
