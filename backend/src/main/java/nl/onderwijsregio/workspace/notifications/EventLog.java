package nl.onderwijsregio.workspace.notifications;

import static nl.onderwijsregio.db.Tables.NOTIFICATION_EVENT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The notification_event table: events recorded in the transaction of the change (an analysis's status, a decided
 * suggestion); a region reads its own and those its neighbours addressed to their neighbours (row-level security).
 */
@Repository
class EventLog {

    /** Whom an event is for. */
    enum Audience {
        REGION,
        NEIGHBOURS,
        PERSON
    }

    /** One recorded event. */
    record Logged(
            long id,
            String regionId,
            NotificationKind kind,
            String key,
            String itemId,
            Audience audience,
            @Nullable String recipient,
            @Nullable String actor,
            OffsetDateTime at) {}

    private final DSLContext db;

    EventLog(DSLContext db) {
        this.db = db;
    }

    /** Records an event once: the same key again changes nothing. */
    void record(
            String regionId,
            NotificationKind kind,
            String key,
            String itemId,
            Audience audience,
            @Nullable String recipient,
            @Nullable String actor) {
        db.insertInto(NOTIFICATION_EVENT)
                .set(NOTIFICATION_EVENT.REGION_ID, regionId)
                .set(NOTIFICATION_EVENT.KIND, kind.name())
                .set(NOTIFICATION_EVENT.EVENT_KEY, key)
                .set(NOTIFICATION_EVENT.ITEM_ID, itemId)
                .set(NOTIFICATION_EVENT.AUDIENCE, audience.name())
                .set(NOTIFICATION_EVENT.RECIPIENT, recipient)
                .set(NOTIFICATION_EVENT.ACTOR, actor)
                .onConflict(NOTIFICATION_EVENT.EVENT_KEY)
                .doNothing()
                .execute();
    }

    /** The events of {@code kinds} since {@code since} that the active region may read, oldest first. */
    List<Logged> since(Collection<NotificationKind> kinds, OffsetDateTime since) {
        return db.selectFrom(NOTIFICATION_EVENT)
                .where(NOTIFICATION_EVENT.KIND.in(kinds.stream().map(Enum::name).toList()))
                .and(NOTIFICATION_EVENT.OCCURRED_AT.ge(since))
                .orderBy(NOTIFICATION_EVENT.OCCURRED_AT, NOTIFICATION_EVENT.ID)
                .limit(1000)
                .fetch(r -> new Logged(
                        r.getId(),
                        r.getRegionId(),
                        NotificationKind.valueOf(r.getKind()),
                        r.getEventKey(),
                        r.getItemId(),
                        Audience.valueOf(r.getAudience()),
                        r.getRecipient(),
                        r.getActor(),
                        r.getOccurredAt()));
    }
}
