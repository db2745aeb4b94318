package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING_REVISION;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.util.List;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.StoredText;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The history of the own region's findings (finding_revision, own region only by row-level security). */
@Repository
class FindingRevisions {

    /** Room enough for every field name in both languages; the column itself has no limit. */
    private static final int MAX_SUMMARY = 2000;

    private final DSLContext db;

    FindingRevisions(DSLContext db) {
        this.db = db;
    }

    /** Keeps the finding as it was before a change by {@code actor}. */
    void record(Finding before, String actor, Message summary) {
        db.insertInto(FINDING_REVISION)
                .set(FINDING_REVISION.FINDING_ID, before.id())
                .set(FINDING_REVISION.ACTOR, actor)
                .set(FINDING_REVISION.SUMMARY, StoredText.write(summary, MAX_SUMMARY))
                .set(FINDING_REVISION.TITLE, before.title())
                .set(FINDING_REVISION.BODY, before.body())
                .set(FindingColumns.REVISION_VISIBILITY, before.visibility())
                .set(FINDING_REVISION.PUBLISHED, before.published())
                .execute();
    }

    /** Newest first. */
    List<FindingVersion> of(long findingId) {
        return db.selectFrom(FINDING_REVISION)
                .where(FINDING_REVISION.FINDING_ID.eq(findingId))
                .orderBy(FINDING_REVISION.AT.desc(), FINDING_REVISION.ID.desc())
                .fetch(r -> new FindingVersion(
                        r.getAt(),
                        r.getActor(),
                        StoredText.read(r.getSummary()),
                        r.getTitle(),
                        r.getBody(),
                        value(r, FindingColumns.REVISION_VISIBILITY),
                        r.getPublished()));
    }
}
