package nl.onderwijsregio.workspace.notifications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Notification;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterToDo;
import nl.onderwijsregio.workspace.tenancy.ActiveRegion;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the events for a recipient, run as the recipient: the bell's notifications (findings shared with the region,
 * reactions on its findings) and, for the lead, the register's to-do list, exactly as their screens show them.
 */
@Component
class EventCollector {

    private static final int BELL_LIMIT = 100;

    private final FindingService findings;
    private final RegisterService register;
    private final EventLog log;

    EventCollector(FindingService findings, RegisterService register, EventLog log) {
        this.findings = findings;
        this.register = register;
        this.log = log;
    }

    @Transactional(propagation = Propagation.MANDATORY) // the job's transaction as the recipient's region
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
        Set<NotificationKind> kinds = loggedKinds(recipient);
        if (!kinds.isEmpty()) {
            OffsetDateTime since = kinds.stream()
                    .map(k -> recipient.wanted().get(k).since())
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            logged(recipient, log.since(kinds, since), events);
        }
        return events.stream()
                .filter(e -> !e.at().isBefore(recipient.wanted().get(e.kind()).since()))
                .toList();
    }

    /** The recorded kinds (analysis status, decided suggestions) the recipient wants mailed. */
    private static Set<NotificationKind> loggedKinds(Recipient recipient) {
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        for (NotificationKind kind : List.of(NotificationKind.ANALYSIS_STATUS, NotificationKind.SUGGESTION_HANDLED)) {
            if (recipient.wanted().containsKey(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * The recorded events (analysis status, decided suggestions) the recipient is one of the audience of: their own
     * region's, their neighbours' addressed to the neighbours, or addressed to them; never their own doing.
     */
    private void logged(Recipient recipient, List<EventLog.Logged> recorded, List<Event> events) {
        String region = ActiveRegion.require();
        for (EventLog.Logged e : recorded) {
            boolean audience = switch (e.audience()) {
                case REGION -> e.regionId().equals(region);
                case NEIGHBOURS -> !e.regionId().equals(region);
                case PERSON ->
                    e.regionId().equals(region) && recipient.username().equals(e.recipient());
            };
            if (audience && !Objects.equals(e.actor(), recipient.username())) {
                events.add(new Event(e.kind(), e.key(), e.itemId(), e.at()));
            }
        }
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
