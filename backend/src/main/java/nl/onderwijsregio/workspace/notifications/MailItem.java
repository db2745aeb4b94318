package nl.onderwijsregio.workspace.notifications;

/** One line of a mail, read at send time as the recipient: what it says and where it leads. */
record MailItem(long outboxId, NotificationKind kind, String line, String link) {}
