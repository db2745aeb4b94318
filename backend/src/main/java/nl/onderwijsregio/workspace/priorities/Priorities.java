package nl.onderwijsregio.workspace.priorities;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.PRIORITY;
import static nl.onderwijsregio.db.Tables.PRIORITY_CATALOGUE_LINK;
import static nl.onderwijsregio.db.Tables.PRIORITY_FINDING_LINK;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onderwijsregio.db.tables.records.PriorityRecord;
import nl.onderwijsregio.workspace.themes.Sector;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The priority tenant table with its catalogue and finding links. Row-level security shows the active region's
 * priorities plus every published one, a finding link only where its finding is readable too, and lets statements
 * change the active region's rows only.
 */
@Repository
class Priorities {

    private final DSLContext db;

    Priorities(DSLContext db) {
        this.db = db;
    }

    Optional<Priority> byId(long id) {
        return withLinks(db.selectFrom(PRIORITY).where(PRIORITY.ID.eq(id)).fetch()).stream()
                .findFirst();
    }

    /** The active region's own priorities, drafts included, by rank. */
    List<Priority> own() {
        return withLinks(db.selectFrom(PRIORITY)
                .where(PRIORITY.REGION_ID.eq(DSL.field("current_region_id()", String.class)))
                .orderBy(PRIORITY.RANK)
                .fetch());
    }

    /** The priorities of these regions that the database lets this transaction see, by region and rank. */
    List<Priority> ofRegions(Collection<String> regionIds) {
        return withLinks(db.selectFrom(PRIORITY)
                .where(PRIORITY.REGION_ID.in(regionIds))
                .orderBy(PRIORITY.REGION_ID, PRIORITY.RANK)
                .fetch());
    }

    /**
     * Serializes changes to the active region's ranking: a transaction-level advisory lock per region, released at
     * commit or rollback. Called first in every transaction that adds, deletes or reorders, so that each sees the
     * ranking the previous one committed and ranks stay exactly 1..n (the deferred unique constraint on
     * {@code (region_id, rank)} never fails at commit).
     */
    void lockRanking(String regionId) {
        db.select(DSL.field("pg_advisory_xact_lock(hashtext({0}))", Object.class, DSL.val("priority:" + regionId)))
                .fetch();
    }

    /** Adds the priority at the end of the active region's ranking. */
    long insert(PriorityDraft d, String actor) {
        int rank = db.select(DSL.coalesce(DSL.max(PRIORITY.RANK), 0))
                        .from(PRIORITY)
                        .where(ownRegion())
                        .fetchSingle()
                        .value1()
                + 1;
        long id = db.insertInto(PRIORITY)
                .set(fields(d))
                .set(PRIORITY.RANK, rank)
                .set(PRIORITY.CREATED_BY, actor)
                .set(PRIORITY.UPDATED_BY, actor)
                .returning(PRIORITY.ID)
                .fetchSingle()
                .getId();
        link(id, d);
        return id;
    }

    /** Applies the draft if the priority is the active region's and still at {@code revision}; returns whether. */
    boolean update(long id, int revision, PriorityDraft d, String actor) {
        boolean updated = db.update(PRIORITY)
                        .set(fields(d))
                        .set(PRIORITY.REVISION, PRIORITY.REVISION.plus(1))
                        .set(PRIORITY.UPDATED_AT, OffsetDateTime.now())
                        .set(PRIORITY.UPDATED_BY, actor)
                        .where(PRIORITY.ID.eq(id), PRIORITY.REVISION.eq(revision), ownRegion())
                        .execute()
                == 1;
        if (updated) {
            db.deleteFrom(PRIORITY_CATALOGUE_LINK)
                    .where(PRIORITY_CATALOGUE_LINK.PRIORITY_ID.eq(id))
                    .execute();
            db.deleteFrom(PRIORITY_FINDING_LINK)
                    .where(PRIORITY_FINDING_LINK.PRIORITY_ID.eq(id))
                    .execute();
            link(id, d);
        }
        return updated;
    }

    /** Deletes the active region's priority and moves the ones below it up a rank; returns whether it existed. */
    boolean delete(long id) {
        Integer rank = db.deleteFrom(PRIORITY)
                .where(PRIORITY.ID.eq(id), ownRegion())
                .returning(PRIORITY.RANK)
                .fetchOptional(PRIORITY.RANK)
                .orElse(null);
        if (rank == null) {
            return false;
        }
        db.update(PRIORITY)
                .set(PRIORITY.RANK, PRIORITY.RANK.minus(1))
                .where(ownRegion(), PRIORITY.RANK.gt(rank))
                .execute();
        return true;
    }

    /** Gives the active region's priorities the ranks 1..n in the order of {@code ids}. */
    void rank(List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            db.update(PRIORITY)
                    .set(PRIORITY.RANK, i + 1)
                    .where(PRIORITY.ID.eq(ids.get(i)), ownRegion())
                    .execute();
        }
    }

    /** Of these catalogue entry ids, the ones the catalogue does not know. */
    List<String> unknownCatalogueEntries(Collection<String> ids) {
        List<String> known = db.select(CATALOGUE_ENTRY.ID)
                .from(CATALOGUE_ENTRY)
                .where(CATALOGUE_ENTRY.ID.in(ids))
                .fetch(CATALOGUE_ENTRY.ID);
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    /** Of these finding ids, the ones that are not a (non-deleted) finding of the active region. */
    List<Long> foreignOrUnknownFindings(Collection<Long> ids) {
        List<Long> own = db.select(FINDING.ID)
                .from(FINDING)
                .where(
                        FINDING.ID.in(ids),
                        FINDING.DELETED.isFalse(),
                        FINDING.REGION_ID.eq(DSL.field("current_region_id()", String.class)))
                .fetch(FINDING.ID);
        return ids.stream().filter(id -> !own.contains(id)).toList();
    }

    /** The ids of the active region's (non-deleted) findings with one of these titles. */
    List<Long> ownFindingsTitled(Collection<String> titles) {
        return titles.isEmpty()
                ? List.of()
                : db.select(FINDING.ID)
                        .from(FINDING)
                        .where(
                                FINDING.TITLE.in(titles),
                                FINDING.DELETED.isFalse(),
                                FINDING.REGION_ID.eq(DSL.field("current_region_id()", String.class)))
                        .orderBy(FINDING.ID)
                        .fetch(FINDING.ID);
    }

    private void link(long id, PriorityDraft d) {
        for (String entry : d.catalogueEntryIds()) {
            db.insertInto(PRIORITY_CATALOGUE_LINK)
                    .set(PRIORITY_CATALOGUE_LINK.PRIORITY_ID, id)
                    .set(PRIORITY_CATALOGUE_LINK.CATALOGUE_ENTRY_ID, entry)
                    .execute();
        }
        for (long finding : d.findingIds()) {
            db.insertInto(PRIORITY_FINDING_LINK)
                    .set(PRIORITY_FINDING_LINK.PRIORITY_ID, id)
                    .set(PRIORITY_FINDING_LINK.FINDING_ID, finding)
                    .execute();
        }
    }

    private static Condition ownRegion() {
        return PRIORITY.REGION_ID.eq(DSL.field("current_region_id()", String.class));
    }

    private List<Priority> withLinks(List<PriorityRecord> rows) {
        List<Long> ids = rows.stream().map(PriorityRecord::getId).toList();
        // one array parameter (= any(?)) instead of an in-list of one parameter per priority (some 240 for a region
        // and its neighbours): rendered, bound, parsed and planned once per call instead of per value
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, List<CatalogueLink>> links = ids.isEmpty()
                ? Map.of()
                : db.select(PRIORITY_CATALOGUE_LINK.PRIORITY_ID, CATALOGUE_ENTRY.ID, CATALOGUE_ENTRY.INFORMATION)
                        .from(PRIORITY_CATALOGUE_LINK)
                        .join(CATALOGUE_ENTRY)
                        .on(CATALOGUE_ENTRY.ID.eq(PRIORITY_CATALOGUE_LINK.CATALOGUE_ENTRY_ID))
                        .where(PRIORITY_CATALOGUE_LINK.PRIORITY_ID.eq(DSL.any(idArray)))
                        .orderBy(CATALOGUE_ENTRY.POSITION)
                        .fetchGroups(r -> r.value1(), r -> new CatalogueLink(r.value2(), r.value3()));
        // Row-level security of the link and of finding leave out the findings this transaction may not read.
        Map<Long, List<FindingLink>> findings = ids.isEmpty()
                ? Map.of()
                : db.select(PRIORITY_FINDING_LINK.PRIORITY_ID, FINDING.ID, FINDING.TITLE, FINDING.PUBLISHED)
                        .from(PRIORITY_FINDING_LINK)
                        .join(FINDING)
                        .on(FINDING.ID.eq(PRIORITY_FINDING_LINK.FINDING_ID))
                        .where(PRIORITY_FINDING_LINK.PRIORITY_ID.eq(DSL.any(idArray)), FINDING.DELETED.isFalse())
                        .orderBy(FINDING.TITLE, FINDING.ID)
                        .fetchGroups(r -> r.value1(), r -> new FindingLink(r.value2(), r.value3(), r.value4()));
        return rows.stream()
                .map(r -> toPriority(
                        r, links.getOrDefault(r.getId(), List.of()), findings.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private static Map<Field<?>, Object> fields(PriorityDraft d) {
        var values = new LinkedHashMap<Field<?>, Object>();
        values.put(PRIORITY.TITLE, d.title());
        values.put(PriorityColumns.THEME, d.theme());
        values.put(PriorityColumns.SUB_THEME, d.subTheme());
        values.put(PRIORITY.DESCRIPTION, d.description());
        values.put(PriorityColumns.SECTORS, d.sectors().toArray(Sector[]::new));
        values.put(PRIORITY.MEASURES, d.measures());
        values.put(PRIORITY.INDICATOR, d.indicator());
        values.put(PRIORITY.TARGET_VALUE, d.targetValue());
        values.put(PRIORITY.START_YEAR, d.startYear());
        values.put(PRIORITY.END_YEAR, d.endYear());
        values.put(PriorityColumns.STATUS, d.status());
        values.put(PRIORITY.PUBLISHED, d.published());
        return values;
    }

    private static Priority toPriority(PriorityRecord r, List<CatalogueLink> links, List<FindingLink> findings) {
        return new Priority(
                r.getId(),
                r.getRegionId(),
                r.getRank(),
                r.getTitle(),
                value(r, PriorityColumns.THEME),
                value(r, PriorityColumns.SUB_THEME),
                r.getDescription(),
                Arrays.stream(value(r, PriorityColumns.SECTORS)).sorted().toList(),
                r.getMeasures(),
                r.getIndicator(),
                r.getTargetValue(),
                r.getStartYear(),
                r.getEndYear(),
                value(r, PriorityColumns.STATUS),
                r.getPublished(),
                links,
                findings,
                r.getRevision(),
                r.getUpdatedAt(),
                r.getUpdatedBy());
    }
}
