package nl.onderwijsregio.workspace.notifications;

import java.util.List;

/** A composed mail and the outbox rows it carries. */
record Mail(String to, String subject, String body, List<Long> outboxIds) {}
