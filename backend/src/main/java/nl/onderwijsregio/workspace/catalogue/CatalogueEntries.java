package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.db.Tables.CATALOGUE_ENTRY;
import static nl.onderwijsregio.db.Tables.DATA_PARTNER;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;

/** Searches the catalogue_entry table: Dutch full text, trigram similarity for typos, facet filters and counts. */
@Repository
class CatalogueEntries {

    private static final double TYPO_SIMILARITY = 0.5;
    private final DSLContext db;

    CatalogueEntries(DSLContext db) {
        this.db = db;
    }

    List<SearchHit> search(CatalogueQuery query, int offset, int limit) {
        Field<String> highlighted = query.text().isEmpty()
                ? CATALOGUE_ENTRY.INFORMATION
                : field(
                        "ts_headline('dutch', {0}, websearch_to_tsquery('dutch', {1}), {2})",
                        String.class,
                        CATALOGUE_ENTRY.INFORMATION,
                        val(query.text()),
                        val("StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP + ", HighlightAll=true"));
        List<Field<?>> fields = entryFields();
        fields.add(highlighted.as("highlighted"));
        return db.select(fields)
                .from(CATALOGUE_ENTRY)
                .leftJoin(DATA_PARTNER)
                .on(DATA_PARTNER.ID.eq(CATALOGUE_ENTRY.PARTNER_ID))
                .where(matching(query))
                .orderBy(order(query))
                .offset(offset)
                .limit(limit)
                .fetch(r -> new SearchHit(toEntry(r), r.get("highlighted", String.class)));
    }

    int total(CatalogueQuery query) {
        return db.fetchCount(CATALOGUE_ENTRY, matching(query));
    }

    Optional<CatalogueEntry> byId(String id) {
        return db.select(entryFields())
                .from(CATALOGUE_ENTRY)
                .leftJoin(DATA_PARTNER)
                .on(DATA_PARTNER.ID.eq(CATALOGUE_ENTRY.PARTNER_ID))
                .where(CATALOGUE_ENTRY.ID.eq(id))
                .fetchOptional(CatalogueEntries::toEntry);
    }

    /** Counts per value of one facet, for the query without that facet's own filter. */
    List<FacetCount> counts(Facet facet, CatalogueQuery query) {
        Condition where = matching(query.without(facet));
        return switch (facet) {
            case THEME -> grouped(CATALOGUE_ENTRY.THEME, where);
            case SUB_THEME -> grouped(CATALOGUE_ENTRY.SUB_THEME, where.and(CATALOGUE_ENTRY.SUB_THEME.isNotNull()));
            case ACCESS -> grouped(CATALOGUE_ENTRY.ACCESS, where);
            case GRANULARITY -> unnested(CATALOGUE_ENTRY.GRANULARITIES, where);
            case SECTOR -> unnested(CATALOGUE_ENTRY.SECTORS, where);
            case PARTNER ->
                db.select(DATA_PARTNER.ID, DATA_PARTNER.NAME, count())
                        .from(CATALOGUE_ENTRY)
                        .join(DATA_PARTNER)
                        .on(DATA_PARTNER.ID.eq(CATALOGUE_ENTRY.PARTNER_ID))
                        .where(where)
                        .groupBy(DATA_PARTNER.ID, DATA_PARTNER.NAME, DATA_PARTNER.POSITION)
                        .orderBy(DATA_PARTNER.POSITION)
                        .fetch(r -> new FacetCount(r.value1(), r.value2(), r.value3()));
        };
    }

    private List<FacetCount> grouped(Field<String> column, Condition where) {
        return db.select(column, count())
                .from(CATALOGUE_ENTRY)
                .where(where)
                .groupBy(column)
                .orderBy(min(CATALOGUE_ENTRY.POSITION))
                .fetch(r -> new FacetCount(r.value1(), r.value1(), r.value2()));
    }

    private List<FacetCount> unnested(Field<String[]> column, Condition where) {
        Field<String> value = field("unnest({0})", String.class, column).as("value");
        var inner = db.select(value).from(CATALOGUE_ENTRY).where(where).asTable("v");
        Field<String> v = inner.field("value", String.class);
        return db.select(v, count())
                .from(inner)
                .groupBy(v)
                .orderBy(count().desc(), v)
                .fetch(r -> new FacetCount(r.value1(), r.value1(), r.value2()));
    }

    private static Condition matching(CatalogueQuery query) {
        Condition where = CATALOGUE_ENTRY.RETIRED.isFalse();
        if (!query.text().isEmpty()) {
            where = where.and(
                    condition("{0} @@ websearch_to_tsquery('dutch', {1})", CATALOGUE_ENTRY.SEARCH, val(query.text()))
                            .or(condition(
                                    "word_similarity({0}, {1} || ' ' || {2}) >= {3}",
                                    val(query.text()),
                                    CATALOGUE_ENTRY.INFORMATION,
                                    CATALOGUE_ENTRY.SOURCE,
                                    val(TYPO_SIMILARITY))));
        }
        for (Facet facet : Facet.values()) {
            String[] values = query.values(facet).toArray(String[]::new);
            if (values.length == 0) {
                continue;
            }
            where = where.and(
                    switch (facet) {
                        case THEME -> CATALOGUE_ENTRY.THEME.in(values);
                        case SUB_THEME -> CATALOGUE_ENTRY.SUB_THEME.in(values);
                        case PARTNER -> CATALOGUE_ENTRY.PARTNER_ID.in(values);
                        case ACCESS -> CATALOGUE_ENTRY.ACCESS.in(values);
                        case GRANULARITY -> condition("{0} && {1}::text[]", CATALOGUE_ENTRY.GRANULARITIES, val(values));
                        case SECTOR -> condition("{0} && {1}::text[]", CATALOGUE_ENTRY.SECTORS, val(values));
                    });
        }
        return where;
    }

    private static List<SortField<?>> order(CatalogueQuery query) {
        if (query.text().isEmpty()) {
            return List.of(CATALOGUE_ENTRY.POSITION.asc());
        }
        return List.of(
                field(
                                "ts_rank({0}, websearch_to_tsquery('dutch', {1}))",
                                Double.class, CATALOGUE_ENTRY.SEARCH, val(query.text()))
                        .desc(),
                field("word_similarity({0}, {1})", Double.class, val(query.text()), CATALOGUE_ENTRY.INFORMATION)
                        .desc(),
                CATALOGUE_ENTRY.POSITION.asc());
    }

    /** Every column but the search vector, plus the partner's name. */
    private static List<Field<?>> entryFields() {
        List<Field<?>> fields = new ArrayList<>(Arrays.asList(CATALOGUE_ENTRY.fields()));
        fields.remove(CATALOGUE_ENTRY.SEARCH);
        fields.add(DATA_PARTNER.NAME);
        return fields;
    }

    static CatalogueEntry toEntry(Record r) {
        String theme = r.get(CATALOGUE_ENTRY.THEME);
        return new CatalogueEntry(
                r.get(CATALOGUE_ENTRY.ID),
                r.get(CATALOGUE_ENTRY.POSITION),
                theme,
                r.get(CATALOGUE_ENTRY.SUB_THEME),
                r.get(CATALOGUE_ENTRY.INFORMATION),
                r.get(CATALOGUE_ENTRY.SOURCE),
                r.get(CATALOGUE_ENTRY.LEVEL),
                r.get(CATALOGUE_ENTRY.LINK),
                r.get(CATALOGUE_ENTRY.NAVIGATION_HINT),
                r.get(CATALOGUE_ENTRY.SAME_AS),
                r.get(CATALOGUE_ENTRY.ACCESS),
                List.of(r.get(CATALOGUE_ENTRY.SECTORS)),
                List.of(r.get(CATALOGUE_ENTRY.GRANULARITIES)),
                r.get(CATALOGUE_ENTRY.PARTNER_ID),
                r.get(DATA_PARTNER.NAME),
                r.get(CATALOGUE_ENTRY.RETIRED),
                theme.toLowerCase(java.util.Locale.ROOT).startsWith("kansengelijkheid"),
                r.get(CATALOGUE_ENTRY.REVISION),
                r.get(CATALOGUE_ENTRY.UPDATED_AT),
                r.get(CATALOGUE_ENTRY.UPDATED_BY));
    }
}
