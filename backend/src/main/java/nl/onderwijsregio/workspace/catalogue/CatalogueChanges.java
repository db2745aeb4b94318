package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_CHANGE;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The catalogue_change table: the append-only history of every entry and partner, and the catalogue changelog. */
@Repository
class CatalogueChanges {

    private final DSLContext db;

    CatalogueChanges(DSLContext db) {
        this.db = db;
    }

    /**
     * Identifies the state of the catalogue as this transaction sees it: the number of changes and the newest one.
     * Every write to entries or partners appends a change in the same transaction, so the value differs after every
     * committed write (the count as well, should changes commit out of id order).
     */
    String version() {
        var r = db.select(DSL.count(), DSL.max(CATALOGUE_CHANGE.ID))
                .from(CATALOGUE_CHANGE)
                .fetchSingle();
        return r.value1() + ":" + r.value2();
    }

    /** Appends a change; {@code before} and {@code after} are JSON snapshots (or null). */
    void record(
            String actor,
            String subject,
            String action,
            String summary,
            @Nullable String before,
            @Nullable String after) {
        db.insertInto(CATALOGUE_CHANGE)
                .set(CATALOGUE_CHANGE.ACTOR, actor)
                .set(CATALOGUE_CHANGE.SUBJECT, subject)
                .set(CATALOGUE_CHANGE.ACTION, action)
                .set(CATALOGUE_CHANGE.SUMMARY, summary)
                .set(CATALOGUE_CHANGE.BEFORE, before == null ? null : JSONB.valueOf(before))
                .set(CATALOGUE_CHANGE.AFTER, after == null ? null : JSONB.valueOf(after))
                .execute();
    }

    List<CatalogueChange> of(String subject) {
        return db.select(
                        CATALOGUE_CHANGE.OCCURRED_AT,
                        CATALOGUE_CHANGE.ACTOR,
                        CATALOGUE_CHANGE.SUBJECT,
                        CATALOGUE_CHANGE.ACTION,
                        CATALOGUE_CHANGE.SUMMARY)
                .from(CATALOGUE_CHANGE)
                .where(CATALOGUE_CHANGE.SUBJECT.eq(subject))
                .orderBy(CATALOGUE_CHANGE.OCCURRED_AT.desc(), CATALOGUE_CHANGE.ID.desc())
                .fetch(Records.mapping(CatalogueChange::new));
    }

    /** Per entry id, the moment of its latest recorded change (entries unchanged since the import have none). */
    Map<String, OffsetDateTime> lastChangePerEntry() {
        Map<String, OffsetDateTime> last = new HashMap<>();
        db.select(CATALOGUE_CHANGE.SUBJECT, DSL.max(CATALOGUE_CHANGE.OCCURRED_AT))
                .from(CATALOGUE_CHANGE)
                .where(CATALOGUE_CHANGE.SUBJECT.notLike("partner:%"))
                .and(CATALOGUE_CHANGE.SUBJECT.ne("catalogue"))
                .groupBy(CATALOGUE_CHANGE.SUBJECT)
                .forEach(r -> last.put(r.value1(), r.value2()));
        return last;
    }

    List<CatalogueChange> newest(int limit) {
        return db.select(
                        CATALOGUE_CHANGE.OCCURRED_AT,
                        CATALOGUE_CHANGE.ACTOR,
                        CATALOGUE_CHANGE.SUBJECT,
                        CATALOGUE_CHANGE.ACTION,
                        CATALOGUE_CHANGE.SUMMARY)
                .from(CATALOGUE_CHANGE)
                .orderBy(CATALOGUE_CHANGE.OCCURRED_AT.desc(), CATALOGUE_CHANGE.ID.desc())
                .limit(limit)
                .fetch(Records.mapping(CatalogueChange::new));
    }
}
