package nl.onderwijsregio.workspace.findings;

import static nl.onderwijsregio.db.Tables.FINDING;
import static nl.onderwijsregio.db.Tables.FINDING_COMMENT;
import static nl.onderwijsregio.db.Tables.FINDING_NEIGHBOUR_COUNT;
import static nl.onderwijsregio.db.Tables.FINDING_READ;
import static nl.onderwijsregio.db.Tables.FINDING_SHARED_COUNT;
import static nl.onderwijsregio.db.Tables.REGION;
import static nl.onderwijsregio.workspace.database.TypedColumns.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.themes.Sector;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectOnConditionStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The finding table. Row-level security limits reading to the own region's findings and those shared with it, and
 * writing to the own region's; the conditions here only choose among what is readable.
 */
@Repository
class Findings {

    /**
     * A finding's columns as a list shows them: named rather than {@code finding.* except …}, so the fetched records
     * hold the generated fields and reading a value finds its field by identity, not by comparing names.
     */
    private static final List<Field<?>> LISTED = Stream.of(FINDING.fields())
            .filter(field -> !field.equals(FINDING.SEARCH) && !field.equals(FINDING.PUBLISHED_AT))
            .toList();

    private final DSLContext db;

    Findings(DSLContext db) {
        this.db = db;
    }

    Optional<Finding> byId(long id, String username) {
        return select(username)
                .where(FINDING.ID.eq(id), FINDING.DELETED.isFalse())
                .fetchOptional(Findings::toFinding);
    }

    List<Finding> page(FindingScope scope, FindingFilter filter, String username, int offset, int limit) {
        if (isTextOnly(filter)) {
            // the page's ids from V35's finding_search_page (stops after the page for common words); read here
            // under row-level security with the scope's conditions again, so it can only narrow what is visible
            Field<Long[]> ids = DSL.field(
                    "array(select finding_search_page({0}, {1}, {2}, {3}))",
                    Long[].class, DSL.val(filter.text()), DSL.inline(scope.name()), DSL.val(offset), DSL.val(limit));
            return select(username)
                    .where(conditions(scope, FindingFilter.NONE), FINDING.ID.eq(DSL.any(ids)))
                    .orderBy(order(scope))
                    .fetch(Findings::toFinding);
        }
        return select(username)
                .where(conditions(scope, filter))
                .orderBy(order(scope))
                // literals, not bind values: see RegisterEntries.page
                .offset(DSL.inline(offset))
                .limit(DSL.inline(limit))
                .fetch(Findings::toFinding);
    }

    int count(FindingScope scope, FindingFilter filter) {
        if (scope != FindingScope.FEED) {
            return db.fetchCount(FINDING, conditions(scope, filter));
        }
        return filter.equals(FindingFilter.NONE) ? feedTally(null).total() : feedCount(filter, DSL.noCondition());
    }

    /**
     * The count, but for a search by text alone counted up to {@code cap} only (V35's finding_search_count, which
     * stops there): a common word matches a good part of all findings, and counting them all is linear in them.
     */
    FindingCount count(FindingScope scope, FindingFilter filter, int cap) {
        if (!isTextOnly(filter)) {
            return FindingCount.exactly(count(scope, filter));
        }
        int counted = db.select(DSL.field(
                        "finding_search_count({0}, {1}, {2})",
                        Integer.class, DSL.val(filter.text()), DSL.inline(scope.name()), DSL.val(cap + 1)))
                .fetchSingle()
                .value1();
        return counted > cap ? new FindingCount(cap, false) : FindingCount.exactly(counted);
    }

    /**
     * The first page of a search by words alone and its number up to {@code cap}, from one statement and one pass
     * over the hits: V35's {@code finding_search_page} gives the ids of the first {@code max(limit, cap + 1)} hits in
     * the screen's order (for a common word it stops there, for a rare one it sorts the few matches); the page is the
     * first {@code limit} of them, read under row-level security with the scope's conditions again, and the number is
     * how many ids there were. Reading the page and counting its hits apart read the first hits twice.
     */
    SearchHead searchHead(FindingScope scope, FindingFilter filter, String username, int limit, int cap) {
        if (!isTextOnly(filter)) {
            throw new IllegalArgumentException("not a search by words alone: " + filter);
        }
        int asked = Math.max(limit, cap + 1);
        CommonTableExpression<Record2<Long, Long>> hits = DSL.name("hits")
                .fields("id", "n")
                .as(DSL.select(DSL.field(DSL.name("s", "id"), Long.class), DSL.field(DSL.name("s", "n"), Long.class))
                        .from(
                                "finding_search_page({0}, {1}, 0, {2}) with ordinality s(id, n)",
                                DSL.val(filter.text()), DSL.inline(scope.name()), DSL.inline(asked)));
        Field<Long> hitId = hits.field("id", Long.class);
        Field<Long> hitOrder = hits.field("n", Long.class);
        Field<Integer> number = DSL.field(DSL.selectCount().from(hits)).as("hits");
        Field<Long[]> pageIds = DSL.field(
                "array({0})", Long[].class, DSL.select(hitId).from(hits).where(hitOrder.le(DSL.inline((long) limit))));
        var rows = db.with(hits)
                .select(columns(username))
                .select(number)
                .from(FINDING)
                .join(REGION)
                .on(REGION.ID.eq(FINDING.REGION_ID))
                .where(conditions(scope, FindingFilter.NONE), FINDING.ID.eq(DSL.any(pageIds)))
                .orderBy(order(scope))
                .fetch();
        int counted = rows.isEmpty() ? 0 : rows.getFirst().get(number);
        FindingCount count = counted < asked ? FindingCount.exactly(counted) : new FindingCount(cap, false);
        return new SearchHead(rows.map(Findings::toFinding), count);
    }

    /** A search's first page and its number (see {@link #searchHead}). */
    record SearchHead(List<Finding> items, FindingCount count) {}

    /**
     * A page of a list and its number: for the first page of a search by words alone both from {@link #searchHead};
     * otherwise the page, and the number counted (up to {@code cap} for such a search) unless the first page is not
     * full, when the page is all there is.
     */
    FindingPage list(FindingScope scope, FindingFilter filter, String username, int offset, int limit, int cap) {
        if (offset <= 0 && isTextOnly(filter)) {
            SearchHead head = searchHead(scope, filter, username, limit, cap);
            return new FindingPage(head.items(), head.count(), 0);
        }
        List<Finding> items = page(scope, filter, username, Math.max(0, offset), limit);
        FindingCount number =
                offset <= 0 && items.size() < limit ? FindingCount.exactly(items.size()) : count(scope, filter, cap);
        return new FindingPage(items, number, 0);
    }

    /** A search by words and nothing else (the usual search; the functions of V35 take no other filter). */
    private static boolean isTextOnly(FindingFilter filter) {
        return filter.text() != null && filter.equals(FindingFilter.text(filter.text()));
    }

    /** Findings of the feed the user has not opened yet. */
    int unread(String username) {
        return feedTally(username).unread();
    }

    /**
     * The whole feed's count and its unread part for {@code username}, without reading the shared findings: their
     * number per region is kept in {@code finding_shared_count} (shared with all, V34) and
     * {@code finding_neighbour_count} (shared with the neighbours, V37), by a trigger in the same transaction as the
     * finding's change; the feed is the other regions' first tally plus the neighbours' second (row-level security
     * lets a region read only its neighbours' rows of it). Of those the person's own read marks of findings in the
     * feed are subtracted. Equal to {@code feedCount(FindingFilter.NONE, …)}; {@code FeedTallyTest} compares them.
     * With a person, both numbers come from one statement.
     */
    FeedTally feedTally(@Nullable String username) {
        Field<String> region = DSL.field("(select current_region_id())", String.class);
        Field<Integer> sharedWithAll = DSL.field(DSL.select(DSL.coalesce(
                        DSL.sum(FINDING_SHARED_COUNT.SHARED_WITH_ALL).cast(Integer.class), DSL.inline(0)))
                .from(FINDING_SHARED_COUNT)
                .where(FINDING_SHARED_COUNT.REGION_ID.ne(region)));
        Field<Integer> sharedWithNeighbours = DSL.field(DSL.select(DSL.coalesce(
                        DSL.sum(FINDING_NEIGHBOUR_COUNT.SHARED_WITH_NEIGHBOURS).cast(Integer.class), DSL.inline(0)))
                .from(FINDING_NEIGHBOUR_COUNT)
                .where(DSL.condition(
                        "{0} = any(array(select n.neighbour_id from region_neighbour_pair n"
                                + " where n.region_id = (select current_region_id())))",
                        FINDING_NEIGHBOUR_COUNT.REGION_ID)));
        Field<Integer> total = sharedWithAll.plus(sharedWithNeighbours);
        if (username == null) {
            int number = db.select(total).fetchSingle().value1();
            return new FeedTally(number, number);
        }
        // driven by the person's read marks (a few hundred ids, each looked up by primary key), not by the findings
        // shared (which a join would hash, reading them all)
        Field<Integer> readOfThose = DSL.field(DSL.selectCount()
                .from(FINDING)
                .where(
                        DSL.condition(
                                "{0} = any(array({1}))",
                                FINDING.ID,
                                DSL.select(FINDING_READ.FINDING_ID)
                                        .from(FINDING_READ)
                                        .where(FINDING_READ.USERNAME.eq(username))),
                        conditions(FindingScope.FEED, FindingFilter.NONE)));
        var parts = db.select(total, readOfThose).fetchSingle();
        return new FeedTally(parts.value1(), parts.value1() - parts.value2());
    }

    /** The feed's number, and the part the person has not opened (without a person: the number again). */
    record FeedTally(int total, int unread) {}

    /**
     * The visibility as a literal, not a bind value: a constant of the query, so that PostgreSQL can match the partial
     * feed indexes ({@code where … visibility <> 'OWN'}, V11) also in a prepared statement's generic plan.
     */
    private static Condition visibilityIs(Visibility visibility) {
        return FINDING.VISIBILITY.eq(DSL.inline(visibility.name()));
    }

    /** Shared with the neighbours, by one of the active region's neighbours. */
    private static Condition sharedWithNeighbours() {
        return visibilityIs(Visibility.NEIGHBOURS)
                .and(DSL.condition(
                        "{0} = any(array(select n.neighbour_id from region_neighbour_pair n"
                                + " where n.region_id = (select current_region_id())))",
                        FINDING.REGION_ID));
    }

    /**
     * Counts the feed as its two parts, each a range of the index on (visibility, region_id): shared with all (other
     * regions), and shared with the neighbours (of the active region's neighbours only). As one condition it would
     * read the entries of every shared finding of every region (row-level security then drops most of them).
     */
    int feedCount(FindingFilter filter, Condition extra) {
        Condition feed = conditions(FindingScope.FEED, filter).and(extra);
        Condition withAll = visibilityIs(Visibility.ALL);
        Field<Integer> all = DSL.field(DSL.selectCount().from(FINDING).where(feed, withAll));
        Field<Integer> neighbours = DSL.field(DSL.selectCount().from(FINDING).where(feed, sharedWithNeighbours()));
        return db.select(all.plus(neighbours)).fetchSingle().value1();
    }

    long insert(FindingDraft d, String actor, String actorName) {
        return db.insertInto(FINDING)
                .set(fields(d))
                .set(FINDING.CREATED_BY, actor)
                .set(FINDING.CREATED_BY_NAME, actorName)
                .set(FINDING.UPDATED_BY, actor)
                .set(FINDING.SHARED_AT, d.sharedWithOthers() ? DSL.currentOffsetDateTime() : null)
                .set(FINDING.PUBLISHED_AT, d.published() ? DSL.currentOffsetDateTime() : null)
                .returning(FINDING.ID)
                .fetchSingle()
                .getId();
    }

    /**
     * Applies the draft if the finding is still at {@code revision}; returns whether it was. Sharing it more widely
     * than before (from a draft or from the own region only) makes it new in the feed again.
     */
    boolean update(long id, int revision, FindingDraft d, boolean sharedWider, String actor) {
        var update = db.update(FINDING).set(fields(d));
        if (sharedWider) {
            update.set(FINDING.SHARED_AT, DSL.currentOffsetDateTime());
        }
        update.set(
                FINDING.PUBLISHED_AT,
                d.published()
                        ? DSL.coalesce(FINDING.PUBLISHED_AT, DSL.currentOffsetDateTime())
                        : DSL.inline((java.time.OffsetDateTime) null));
        return update.set(FINDING.REVISION, FINDING.REVISION.plus(1))
                        .set(FINDING.UPDATED_BY, actor)
                        .set(FINDING.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(FINDING.ID.eq(id), FINDING.REVISION.eq(revision), FINDING.DELETED.isFalse())
                        .execute()
                == 1;
    }

    boolean softDelete(long id, String actor) {
        return db.update(FINDING)
                        .set(FINDING.DELETED, true)
                        .set(FINDING.REVISION, FINDING.REVISION.plus(1))
                        .set(FINDING.UPDATED_BY, actor)
                        .set(FINDING.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(FINDING.ID.eq(id), FINDING.DELETED.isFalse())
                        .execute()
                == 1;
    }

    private static Condition conditions(FindingScope scope, FindingFilter f) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(FINDING.DELETED.isFalse());
        // (select …): evaluated once per statement, not per row
        Field<String> region = DSL.field("(select current_region_id())", String.class);
        switch (scope) {
            case OWN -> conditions.add(FINDING.REGION_ID.eq(region));
            case FEED ->
                conditions.add(FINDING.REGION_ID
                        .ne(region)
                        .and(FINDING.PUBLISHED.isTrue())
                        .and(FINDING.VISIBILITY.ne(DSL.inline(Visibility.OWN.name()))));
            case VISIBLE -> {}
            case SHARED_WITH_ALL -> conditions.add(FINDING.PUBLISHED.isTrue().and(visibilityIs(Visibility.ALL)));
        }
        if (f.text() != null) {
            // through the index, as V32's function: under row-level security the match itself (not leakproof)
            // may not use it, and would be checked on every readable finding
            conditions.add(DSL.condition("{0} in (select finding_search_ids({1}))", FINDING.ID, DSL.val(f.text())));
        }
        if (f.theme() != null) {
            conditions.add(FindingColumns.THEME.eq(f.theme()));
        }
        if (f.kind() != null) {
            conditions.add(FindingColumns.KIND.eq(f.kind()));
        }
        if (f.regionId() != null) {
            conditions.add(FINDING.REGION_ID.eq(f.regionId()));
        }
        if (f.visibility() != null) {
            conditions.add(FindingColumns.VISIBILITY.eq(f.visibility()));
        }
        if (f.published() != null) {
            conditions.add(FINDING.PUBLISHED.eq(f.published()));
        }
        return DSL.and(conditions);
    }

    private static List<SortField<?>> order(FindingScope scope) {
        return scope == FindingScope.OWN
                ? List.of(FINDING.UPDATED_AT.desc(), FINDING.ID.desc())
                : List.of(DSL.coalesce(FINDING.SHARED_AT, FINDING.UPDATED_AT).desc(), FINDING.ID.desc());
    }

    static Condition notReadBy(String username) {
        return DSL.notExists(DSL.selectOne()
                .from(FINDING_READ)
                .where(FINDING_READ.FINDING_ID.eq(FINDING.ID), FINDING_READ.USERNAME.eq(username)));
    }

    private SelectOnConditionStep<Record> select(String username) {
        return db.select(columns(username)).from(FINDING).join(REGION).on(REGION.ID.eq(FINDING.REGION_ID));
    }

    /** What a finding of a list is read with: its columns, its region's name, its comments and the unread mark. */
    private List<SelectFieldOrAsterisk> columns(String username) {
        Field<Integer> comments = DSL.field(DSL.selectCount()
                .from(FINDING_COMMENT)
                .where(FINDING_COMMENT.FINDING_ID.eq(FINDING.ID), FINDING_COMMENT.HIDDEN.isFalse()));
        Field<Boolean> unread = DSL.field(notReadBy(username)).as("unread");
        List<SelectFieldOrAsterisk> columns = new ArrayList<>(LISTED);
        columns.add(REGION.NAME);
        columns.add(comments.as("comments"));
        columns.add(unread);
        return columns;
    }

    private static Map<Field<?>, Object> fields(FindingDraft d) {
        Map<Field<?>, Object> fields = new java.util.LinkedHashMap<>();
        fields.put(FINDING.TITLE, d.title());
        fields.put(FINDING.BODY, d.body());
        fields.put(FindingColumns.THEME, d.theme());
        fields.put(FindingColumns.SUB_THEME, d.subTheme());
        fields.put(FindingColumns.KIND, d.kind());
        fields.put(FINDING.OBSERVED_FROM, d.observedFrom());
        fields.put(FINDING.OBSERVED_UNTIL, d.observedUntil());
        fields.put(FindingColumns.SECTORS, d.sectors().stream().sorted().toArray(Sector[]::new));
        fields.put(FINDING.CATALOGUE_ENTRY_IDS, d.catalogueEntryIds().toArray(String[]::new));
        fields.put(FINDING.REGISTER_ENTRY_IDS, d.registerEntryIds().toArray(Long[]::new));
        fields.put(FINDING.PUBLISHED, d.published());
        fields.put(FindingColumns.VISIBILITY, d.visibility());
        return fields;
    }

    private static Finding toFinding(Record r) {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        sectors.addAll(Arrays.asList(value(r, FindingColumns.SECTORS)));
        return new Finding(
                r.get(FINDING.ID),
                r.get(FINDING.REGION_ID),
                r.get(REGION.NAME),
                r.get(FINDING.TITLE),
                r.get(FINDING.BODY),
                value(r, FindingColumns.THEME),
                value(r, FindingColumns.SUB_THEME),
                value(r, FindingColumns.KIND),
                r.get(FINDING.OBSERVED_FROM),
                r.get(FINDING.OBSERVED_UNTIL),
                sectors,
                List.of(r.get(FINDING.CATALOGUE_ENTRY_IDS)),
                List.of(r.get(FINDING.REGISTER_ENTRY_IDS)),
                r.get(FINDING.PUBLISHED),
                value(r, FindingColumns.VISIBILITY),
                r.get(FINDING.SHARED_AT),
                r.get(FINDING.REVISION),
                r.get(FINDING.CREATED_AT),
                r.get(FINDING.CREATED_BY),
                r.get(FINDING.CREATED_BY_NAME),
                r.get(FINDING.UPDATED_AT),
                r.get(FINDING.UPDATED_BY),
                r.get("comments", Integer.class),
                r.get("unread", Boolean.class));
    }
}
