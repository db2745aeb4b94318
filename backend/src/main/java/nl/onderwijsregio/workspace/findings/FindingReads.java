package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.FINDING_READ;
import static nl.onderwijsregio.db.Tables.NOTIFICATION_SEEN;
import static nl.onderwijsregio.db.Tables.REGION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Per person: which shared findings they opened, and when they last looked at their notifications per region. */
@Repository
class FindingReads {

    private final DSLContext db;

    FindingReads(DSLContext db) {
        this.db = db;
    }

    void markRead(String username, long findingId) {
        db.insertInto(FINDING_READ)
                .set(FINDING_READ.USERNAME, username)
                .set(FINDING_READ.FINDING_ID, findingId)
                .onConflictDoNothing()
                .execute();
    }

    /** Marks every finding of the feed read. */
    void markFeedRead(String username) {
        db.insertInto(FINDING_READ, FINDING_READ.USERNAME, FINDING_READ.FINDING_ID)
                .select(DSL.select(DSL.val(username), FINDING.ID).from(FINDING).where(feed()))
                .onConflictDoNothing()
                .execute();
    }

    Optional<OffsetDateTime> seenAt(String username, String regionId) {
        return db.select(NOTIFICATION_SEEN.SEEN_AT)
                .from(NOTIFICATION_SEEN)
                .where(NOTIFICATION_SEEN.USERNAME.eq(username), NOTIFICATION_SEEN.REGION_ID.eq(regionId))
                .fetchOptional(NOTIFICATION_SEEN.SEEN_AT);
    }

    void markSeen(String username, String regionId) {
        db.insertInto(NOTIFICATION_SEEN)
                .set(NOTIFICATION_SEEN.USERNAME, username)
                .set(NOTIFICATION_SEEN.REGION_ID, regionId)
                .onConflict(NOTIFICATION_SEEN.USERNAME, NOTIFICATION_SEEN.REGION_ID)
                .doUpdate()
                .set(NOTIFICATION_SEEN.SEEN_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    /** Findings newly shared with the active region, newest first, as notifications. */
    List<Notification> newlyShared(OffsetDateTime seenAt, int limit) {
        return db.select(FINDING.ID, FINDING.TITLE, REGION.NAME, FINDING.SHARED_AT)
                .from(FINDING)
                .join(REGION)
                .on(REGION.ID.eq(FINDING.REGION_ID))
                .where(feed())
                .orderBy(FINDING.SHARED_AT.desc())
                .limit(limit)
                .fetch(r -> new Notification(
                        Notification.Kind.NEW_FINDING,
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value4().isAfter(seenAt)));
    }

    int countNewlySharedAfter(OffsetDateTime seenAt) {
        return db.fetchCount(FINDING, feed().and(FINDING.SHARED_AT.gt(seenAt)));
    }

    private static Condition feed() {
        return FINDING.REGION_ID
                .ne(DSL.field("current_region_id()", String.class))
                .and(FINDING.PUBLISHED.isTrue())
                .and(FINDING.DELETED.isFalse())
                .and(FindingColumns.VISIBILITY.ne(Visibility.OWN))
                .and(FINDING.SHARED_AT.isNotNull());
    }
}
