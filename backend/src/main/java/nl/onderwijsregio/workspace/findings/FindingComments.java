package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.FINDING_COMMENT;
import static nl.onderwijsregio.db.Tables.REGION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The finding_comment table: readable where the finding is readable, written for a published finding by any region
 * that reads it, hidden only by the finding's own region (all enforced by row-level security).
 */
@Repository
class FindingComments {

    private final DSLContext db;

    FindingComments(DSLContext db) {
        this.db = db;
    }

    /** Oldest first. */
    List<FindingComment> of(long findingId) {
        return db.select(FINDING_COMMENT.asterisk(), REGION.NAME)
                .from(FINDING_COMMENT)
                .join(REGION)
                .on(REGION.ID.eq(FINDING_COMMENT.REGION_ID))
                .where(FINDING_COMMENT.FINDING_ID.eq(findingId))
                .orderBy(FINDING_COMMENT.CREATED_AT, FINDING_COMMENT.ID)
                .fetch(FindingComments::toComment);
    }

    long insert(long findingId, String author, String authorName, String body) {
        return db.insertInto(FINDING_COMMENT)
                .set(FINDING_COMMENT.FINDING_ID, findingId)
                .set(FINDING_COMMENT.AUTHOR, author)
                .set(FINDING_COMMENT.AUTHOR_NAME, authorName)
                .set(FINDING_COMMENT.BODY, body)
                .returning(FINDING_COMMENT.ID)
                .fetchSingle()
                .getId();
    }

    /** Hides or shows a comment again; returns whether the region was allowed to (it owns the finding). */
    boolean setHidden(long commentId, boolean hidden, String actor) {
        return db.update(FINDING_COMMENT)
                        .set(FINDING_COMMENT.HIDDEN, hidden)
                        .set(FINDING_COMMENT.HIDDEN_BY, hidden ? actor : null)
                        .set(FINDING_COMMENT.HIDDEN_AT, hidden ? DSL.currentOffsetDateTime() : null)
                        .where(FINDING_COMMENT.ID.eq(commentId))
                        .execute()
                == 1;
    }

    /**
     * Comments by other people on the active region's findings, newest first, as notifications.
     */
    List<Notification> onOwnFindings(String username, OffsetDateTime seenAt, int limit) {
        return db.select(
                        FINDING_COMMENT.FINDING_ID,
                        FINDING.TITLE,
                        FINDING_COMMENT.AUTHOR_NAME,
                        FINDING_COMMENT.CREATED_AT)
                .from(FINDING_COMMENT)
                .join(FINDING)
                .on(FINDING.ID.eq(FINDING_COMMENT.FINDING_ID))
                .where(
                        FINDING.REGION_ID.eq(DSL.field("current_region_id()", String.class)),
                        FINDING.DELETED.isFalse(),
                        FINDING_COMMENT.HIDDEN.isFalse(),
                        FINDING_COMMENT.AUTHOR.ne(username))
                .orderBy(FINDING_COMMENT.CREATED_AT.desc())
                .limit(limit)
                .fetch(r -> new Notification(
                        Notification.Kind.COMMENT,
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value4().isAfter(seenAt)));
    }

    int countOnOwnFindingsAfter(String username, OffsetDateTime seenAt) {
        return db.fetchCount(DSL.selectOne()
                .from(FINDING_COMMENT)
                .join(FINDING)
                .on(FINDING.ID.eq(FINDING_COMMENT.FINDING_ID))
                .where(
                        FINDING.REGION_ID.eq(DSL.field("current_region_id()", String.class)),
                        FINDING.DELETED.isFalse(),
                        FINDING_COMMENT.HIDDEN.isFalse(),
                        FINDING_COMMENT.AUTHOR.ne(username),
                        FINDING_COMMENT.CREATED_AT.gt(seenAt)));
    }

    private static FindingComment toComment(Record r) {
        return new FindingComment(
                r.get(FINDING_COMMENT.ID),
                r.get(FINDING_COMMENT.FINDING_ID),
                r.get(FINDING_COMMENT.REGION_ID),
                r.get(REGION.NAME),
                r.get(FINDING_COMMENT.AUTHOR),
                r.get(FINDING_COMMENT.AUTHOR_NAME),
                r.get(FINDING_COMMENT.BODY),
                r.get(FINDING_COMMENT.CREATED_AT),
                r.get(FINDING_COMMENT.HIDDEN));
    }
}
