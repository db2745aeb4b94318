package nl.onderwijsregio.workspace.notifications;

import static nl.onderwijsregio.db.Tables.MAIL_OUTBOX;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The mail_outbox tenant table (the active region's rows): queue, claim, and mark sent, failed or skipped. */
@Repository
class Outbox {

    private final DSLContext db;

    Outbox(DSLContext db) {
        this.db = db;
    }

    /** Queues an event for a recipient once: a second time (another run, another instance) changes nothing. */
    boolean enqueue(
            String regionId,
            String recipient,
            String eventKey,
            NotificationKind kind,
            String itemId,
            OffsetDateTime occurredAt,
            Frequency frequency) {
        return db.insertInto(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.REGION_ID, regionId)
                        .set(MAIL_OUTBOX.RECIPIENT, recipient)
                        .set(MAIL_OUTBOX.EVENT_KEY, eventKey)
                        .set(MAIL_OUTBOX.KIND, kind.name())
                        .set(MAIL_OUTBOX.ITEM_ID, itemId)
                        .set(MAIL_OUTBOX.OCCURRED_AT, occurredAt)
                        .set(MAIL_OUTBOX.FREQUENCY, frequency.name())
                        .set(MAIL_OUTBOX.DUE_AT, frequency.dueAfter(occurredAt))
                        .onConflict(MAIL_OUTBOX.EVENT_KEY, MAIL_OUTBOX.RECIPIENT)
                        .doNothing()
                        .execute()
                == 1;
    }

    /** The recipient's rows due at {@code now} (not locked: read first, then {@link #claim}). */
    List<OutboxRow> due(String recipient, OffsetDateTime now) {
        return db.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT.eq(recipient))
                .and(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.SKIPPED_REASON.isNull())
                .and(MAIL_OUTBOX.DUE_AT.le(now))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.OCCURRED_AT, MAIL_OUTBOX.ID)
                .fetch(Outbox::row);
    }

    /**
     * Of {@code ids}, the rows still unsent, locked for this transaction; rows another transaction holds are skipped,
     * so two senders never take the same row.
     */
    List<Long> claim(List<Long> ids) {
        return db.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.in(ids))
                .and(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.SKIPPED_REASON.isNull())
                .forUpdate()
                .skipLocked()
                .fetch(MAIL_OUTBOX.ID);
    }

    private static OutboxRow row(nl.onderwijsregio.db.tables.records.MailOutboxRecord r) {
        return new OutboxRow(
                r.getId(),
                r.getRecipient(),
                NotificationKind.valueOf(r.getKind()),
                r.getItemId(),
                r.getOccurredAt(),
                Frequency.valueOf(r.getFrequency()),
                r.getAttempts());
    }

    /** Recipients with rows due at {@code now}. */
    List<String> recipientsDue(OffsetDateTime now) {
        return db.selectDistinct(MAIL_OUTBOX.RECIPIENT)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.SENT_AT.isNull())
                .and(MAIL_OUTBOX.SKIPPED_REASON.isNull())
                .and(MAIL_OUTBOX.DUE_AT.le(now))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .fetch(MAIL_OUTBOX.RECIPIENT);
    }

    void markSent(List<Long> ids) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SENT_AT, DSL.currentOffsetDateTime())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .where(MAIL_OUTBOX.ID.in(ids))
                .execute();
    }

    /** A failed try: the next one after a growing pause (1, 2, 4 … minutes, at most 6 hours). */
    void markFailed(List<Long> ids, int attempts, String error, OffsetDateTime now) {
        long minutes = Math.min(360, 1L << Math.min(attempts, 9));
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now.plus(Duration.ofMinutes(minutes)))
                .where(MAIL_OUTBOX.ID.in(ids))
                .execute();
    }

    /** Not mailed at all: the item is no longer readable for the recipient, or no longer relevant. */
    void markSkipped(long id, String reason) {
        db.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.SKIPPED_REASON, reason)
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
    }
}
