package nl.onderwijsregio.workspace.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Notification;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterToDo;
import org.springframework.stereotype.Component;

/**
 * Finds the events for a recipient, run as the recipient: the bell's notifications (findings shared with the region,
 * reactions on its findings) and, for the lead, the register's to-do list, exactly as their screens show them.
 */
@Component
class EventCollector {

    private static final int BELL_LIMIT = 100;

    private final FindingService findings;
    private final RegisterService register;

    EventCollector(FindingService findings, RegisterService register) {
        this.findings = findings;
        this.register = register;
    }

    List<Event> collect(Recipient recipient, OffsetDateTime now, LocalDate today) {
        List<Event> events = new ArrayList<>();
        boolean wantsFindings = recipient.wanted().containsKey(NotificationKind.NEW_FINDING);
        boolean wantsComments = recipient.wanted().containsKey(NotificationKind.COMMENT);
        if (wantsFindings || wantsComments) {
            for (Notification n : findings.notifications(BELL_LIMIT)) {
                if (n.kind() == Notification.Kind.NEW_FINDING && wantsFindings) {
                    events.add(new Event(
                            NotificationKind.NEW_FINDING,
                            "finding:" + n.findingId(),
                            String.valueOf(n.findingId()),
                            n.at()));
                } else if (n.kind() == Notification.Kind.COMMENT && wantsComments) {
                    events.add(new Event(
                            NotificationKind.COMMENT,
                            "comment:" + n.findingId() + ":"
                                    + n.at().toInstant().toEpochMilli() + ":" + n.who(),
                            String.valueOf(n.findingId()),
                            n.at()));
                }
            }
        }
        if (recipient.lead() && recipient.wanted().containsKey(NotificationKind.REGISTER_REMINDER)) {
            RegisterToDo toDo = register.toDo(today);
            reminders(events, toDo.waitingForAnswer(), Reminder.WAITING, now);
            reminders(events, toDo.retentionEnding(), Reminder.ENDING, now);
            reminders(events, toDo.pastRetention(), Reminder.PAST, now);
        }
        return events.stream()
                .filter(e -> !e.at().isBefore(recipient.wanted().get(e.kind()).since()))
                .toList();
    }

    private static void reminders(
            List<Event> events, List<RegisterEntry> entries, Reminder reason, OffsetDateTime now) {
        for (RegisterEntry entry : entries) {
            // once per entry and reason (and retention date: a new term warns again)
            events.add(new Event(
                    NotificationKind.REGISTER_REMINDER,
                    "register:" + entry.id() + ":" + reason + ":" + entry.retentionUntil(),
                    entry.id() + ":" + reason,
                    now));
        }
    }

    /** Why the register needs attention. */
    enum Reminder {
        WAITING,
        ENDING,
        PAST
    }
}
