package nl.onderwijsregio.workspace.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.scheduling.ClusterJobs;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail notifications, every minute, on one instance only ({@link ClusterJobs}): per region and per team
 * member who wants mail, it queues the new events (once each: the outbox's unique key) and sends what is due, each
 * item read again as the recipient. A failed SMTP delivery is retried later; a row is marked sent in the transaction
 * that locked it, so two senders never mail it twice.
 */
@Component
class NotificationJob {

    static final String JOB = "notifications.mail";
    private static final Duration AT_LEAST = Duration.ofSeconds(20);
    private static final Duration AT_MOST = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(NotificationJob.class);

    private final RegionService regions;
    private final Tenancy tenancy;
    private final Subscribers subscribers;
    private final Outbox outbox;
    private final EventCollector events;
    private final MailItems items;
    private final MailComposer composer;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final ClusterJobs jobs;
    private final Clock clock;

    NotificationJob(
            RegionService regions,
            Tenancy tenancy,
            Subscribers subscribers,
            Outbox outbox,
            EventCollector events,
            MailItems items,
            MailComposer composer,
            JavaMailSender mailSender,
            MailSettings settings,
            ClusterJobs jobs,
            Clock clock) {
        this.regions = regions;
        this.tenancy = tenancy;
        this.subscribers = subscribers;
        this.outbox = outbox;
        this.events = events;
        this.items = items;
        this.composer = composer;
        this.mailSender = mailSender;
        this.settings = settings;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${workspace.notifications.interval:PT1M}",
            initialDelayString = "${workspace.notifications.initial-delay:PT1M}")
    void scheduled() {
        runScheduled();
    }

    /** The scheduled run: here only when no instance ran it within 20 seconds; returns whether it ran. */
    boolean runScheduled() {
        return jobs.runOnce(JOB, AT_LEAST, AT_MOST, () -> run(OffsetDateTime.now(clock)));
    }

    /** Queues and sends for every region as of {@code now}; returns how many mails went out. */
    int run(OffsetDateTime now) {
        int sent = 0;
        for (Region region : regions.allRegions()) {
            try {
                sent += runRegion(region.id(), now);
            } catch (RuntimeException e) {
                log.warn("E-mail notifications for region {} failed this round: {}", region.id(), e.toString());
            }
        }
        if (sent > 0) {
            log.info("Sent {} notification mails", sent);
        }
        return sent;
    }

    private int runRegion(String region, OffsetDateTime now) {
        List<Recipient> recipients = tenancy.inRegion(region, subscribers::recipients);
        if (recipients.isEmpty()) {
            return 0;
        }
        LocalDate today = now.atZoneSameInstant(Frequency.AMSTERDAM).toLocalDate();
        for (Recipient recipient : recipients) {
            tenancy.inRegion(
                    region,
                    () -> AsRecipient.call(recipient, region, () -> {
                        for (Event event : events.collect(recipient, now, today)) {
                            Recipient.Wanted wanted = recipient.wanted().get(event.kind());
                            outbox.enqueue(
                                    region,
                                    recipient.username(),
                                    event.key(),
                                    event.kind(),
                                    event.itemId(),
                                    event.at(),
                                    wanted.frequency());
                        }
                        return null;
                    }));
        }
        Map<String, Recipient> byName =
                recipients.stream().collect(Collectors.toMap(Recipient::username, Function.identity()));
        int sent = 0;
        for (String name : tenancy.inRegion(region, () -> outbox.recipientsDue(now))) {
            Recipient recipient = byName.get(name);
            List<OutboxRow> due = tenancy.inRegion(region, () -> outbox.due(name, now));
            Map<Long, String> skip = new HashMap<>();
            Map<OutboxRow, MailItem> readable = new LinkedHashMap<>();
            ResourceBundle texts = MailItems.texts(recipient == null ? "nl" : recipient.language());
            for (OutboxRow row : due) {
                if (recipient == null || !recipient.wanted().containsKey(row.kind())) {
                    skip.put(row.id(), "no longer subscribed");
                    continue;
                }
                read(recipient, region, row, texts, today)
                        .ifPresentOrElse(
                                item -> readable.put(row, item),
                                () -> skip.put(row.id(), "not readable or no longer relevant at send time"));
            }
            sent += tenancy.inRegion(region, () -> send(recipient, readable, skip, texts, now));
        }
        return sent;
    }

    /**
     * The row's item as the recipient may read it now, each in a transaction of its own (a refusal by a service rolls
     * back that read only).
     */
    private Optional<MailItem> read(
            Recipient recipient, String region, OutboxRow row, ResourceBundle texts, LocalDate today) {
        try {
            return tenancy.inRegion(
                    region, () -> AsRecipient.call(recipient, region, () -> items.read(row, texts, today)));
        } catch (RuntimeException notReadable) {
            return Optional.empty();
        }
    }

    /** Claims the rows (those another sender holds or sent are left), sends, and marks them, in one transaction. */
    private int send(
            @Nullable Recipient recipient,
            Map<OutboxRow, MailItem> readable,
            Map<Long, String> skip,
            ResourceBundle texts,
            OffsetDateTime now) {
        List<Long> ids = new ArrayList<>(skip.keySet());
        readable.keySet().forEach(row -> ids.add(row.id()));
        if (ids.isEmpty()) {
            return 0;
        }
        Set<Long> mine = new HashSet<>(outbox.claim(ids));
        skip.forEach((id, reason) -> {
            if (mine.contains(id)) {
                outbox.markSkipped(id, reason);
            }
        });
        if (recipient == null) {
            return 0;
        }
        List<MailItem> immediate = new ArrayList<>();
        Map<Frequency, List<MailItem>> digests = new EnumMap<>(Frequency.class);
        Map<Long, Integer> attempts = new HashMap<>();
        readable.forEach((row, item) -> {
            if (!mine.contains(row.id())) {
                return;
            }
            attempts.put(row.id(), row.attempts());
            if (row.frequency() == Frequency.IMMEDIATELY) {
                immediate.add(item);
            } else {
                digests.computeIfAbsent(row.frequency(), f -> new ArrayList<>()).add(item);
            }
        });
        List<Mail> mails = new ArrayList<>();
        immediate.forEach(item -> mails.add(composer.single(recipient, item, texts)));
        digests.forEach((frequency, list) -> mails.add(composer.digest(recipient, frequency, list, texts)));
        int sent = 0;
        for (Mail mail : mails) {
            if (deliver(mail)) {
                outbox.markSent(mail.outboxIds());
                sent++;
            } else {
                int tries = mail.outboxIds().stream()
                        .mapToInt(id -> attempts.getOrDefault(id, 0))
                        .max()
                        .orElse(0);
                outbox.markFailed(mail.outboxIds(), tries, "SMTP", now);
            }
        }
        return sent;
    }

    private boolean deliver(Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send a notification mail (will retry): {}", e.getMessage());
            return false;
        }
    }
}
