package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.CATALOGUE_SUGGESTION;
import static nl.onderwijsregio.db.Tables.REGION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.StoredText;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The catalogue_suggestion table; row-level security limits it to the active region or the review scope. */
@Repository
class Suggestions {

    private static final int MAX_NOTE = 4000;

    private final DSLContext db;

    Suggestions(DSLContext db) {
        this.db = db;
    }

    long insert(String kind, @Nullable String entryId, String proposal, String suggestedBy) {
        return db.insertInto(CATALOGUE_SUGGESTION)
                .set(CATALOGUE_SUGGESTION.KIND, kind)
                .set(CATALOGUE_SUGGESTION.ENTRY_ID, entryId)
                .set(CATALOGUE_SUGGESTION.PROPOSAL, proposal)
                .set(CATALOGUE_SUGGESTION.SUGGESTED_BY, suggestedBy)
                .returning(CATALOGUE_SUGGESTION.ID)
                .fetchOne(CATALOGUE_SUGGESTION.ID);
    }

    /** All suggestions the current transaction may see (its region's, or every region's in the review scope). */
    List<Suggestion> visible() {
        return visible(DSL.noCondition());
    }

    private List<Suggestion> visible(Condition where) {
        return db.select(CATALOGUE_SUGGESTION.fields())
                .select(REGION.NAME, CATALOGUE_ENTRY.INFORMATION)
                .from(CATALOGUE_SUGGESTION)
                .join(REGION)
                .on(REGION.ID.eq(CATALOGUE_SUGGESTION.REGION_ID))
                .leftJoin(CATALOGUE_ENTRY)
                .on(CATALOGUE_ENTRY.ID.eq(CATALOGUE_SUGGESTION.ENTRY_ID))
                .where(where)
                .orderBy(CATALOGUE_SUGGESTION.STATUS.eq("OPEN").desc(), CATALOGUE_SUGGESTION.SUGGESTED_AT.desc())
                .limit(500)
                .fetch(Suggestions::toSuggestion);
    }

    Optional<Suggestion> byId(long id) {
        return visible(CATALOGUE_SUGGESTION.ID.eq(id)).stream().findFirst();
    }

    /** The login name of who made the suggestion, if it was kept (older rows have none). */
    Optional<String> suggesterUsername(long id) {
        return db.select(CATALOGUE_SUGGESTION.SUGGESTED_BY_USERNAME)
                .from(CATALOGUE_SUGGESTION)
                .where(CATALOGUE_SUGGESTION.ID.eq(id))
                .fetchOptional(CATALOGUE_SUGGESTION.SUGGESTED_BY_USERNAME);
    }

    boolean decide(long id, String status, String decidedBy, Message note, @Nullable String appliedEntry) {
        return db.update(CATALOGUE_SUGGESTION)
                        .set(CATALOGUE_SUGGESTION.STATUS, status)
                        .set(CATALOGUE_SUGGESTION.DECIDED_BY, decidedBy)
                        .set(CATALOGUE_SUGGESTION.DECIDED_AT, OffsetDateTime.now())
                        .set(CATALOGUE_SUGGESTION.DECISION_NOTE, StoredText.write(note, MAX_NOTE))
                        .set(CATALOGUE_SUGGESTION.APPLIED_ENTRY, appliedEntry)
                        .where(CATALOGUE_SUGGESTION.ID.eq(id), CATALOGUE_SUGGESTION.STATUS.eq("OPEN"))
                        .execute()
                == 1;
    }

    private static Suggestion toSuggestion(Record r) {
        return new Suggestion(
                r.get(CATALOGUE_SUGGESTION.ID),
                r.get(CATALOGUE_SUGGESTION.REGION_ID),
                r.get(REGION.NAME),
                r.get(CATALOGUE_SUGGESTION.KIND),
                r.get(CATALOGUE_SUGGESTION.ENTRY_ID),
                r.get(CATALOGUE_ENTRY.INFORMATION),
                r.get(CATALOGUE_SUGGESTION.PROPOSAL),
                r.get(CATALOGUE_SUGGESTION.SUGGESTED_BY),
                r.get(CATALOGUE_SUGGESTION.SUGGESTED_AT),
                r.get(CATALOGUE_SUGGESTION.STATUS),
                r.get(CATALOGUE_SUGGESTION.DECIDED_BY),
                r.get(CATALOGUE_SUGGESTION.DECIDED_AT),
                r.get(CATALOGUE_SUGGESTION.DECISION_NOTE) == null
                        ? null
                        : StoredText.read(r.get(CATALOGUE_SUGGESTION.DECISION_NOTE)),
                r.get(CATALOGUE_SUGGESTION.APPLIED_ENTRY));
    }
}
