package nl.onderwijsregio.workspace.bench.measure;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.Facet;
import nl.onderwijsregio.workspace.catalogue.SearchHit;

/** The catalogue search with facets written out as plain SQL: the page of hits, the total and a count per facet. */
final class CatalogueSql {

    private static final String COLUMNS = "e.id, e.position, e.theme, e.sub_theme, e.information, e.source, e.level,"
            + " e.link, e.navigation_hint, e.same_as, e.access, e.sectors, e.granularities, e.partner_id, e.retired,"
            + " e.revision, e.updated_at, e.updated_by, p.name";

    private CatalogueSql() {}

    static List<Sql> statements(CatalogueQuery query, int offset, int limit) {
        List<Sql> statements = new ArrayList<>();
        statements.add(hits(query, offset, limit));
        Where all = where(query);
        statements.add(new Sql("select count(*) from catalogue_entry e where " + all.sql, all.parameters));
        for (Facet facet : Facet.values()) {
            statements.add(counts(facet, where(query.without(facet))));
        }
        return statements;
    }

    private static Sql hits(CatalogueQuery query, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String highlighted = "e.information";
        String order = "e.position";
        if (!query.text().isEmpty()) {
            highlighted = "ts_headline('dutch', e.information, websearch_to_tsquery('dutch', ?), ?)";
            parameters.add(query.text());
            parameters.add("StartSel=" + SearchHit.START + ", StopSel=" + SearchHit.STOP + ", HighlightAll=true");
        }
        Where where = where(query);
        parameters.addAll(where.parameters);
        if (!query.text().isEmpty()) {
            order = "ts_rank(e.search, websearch_to_tsquery('dutch', ?)) desc,"
                    + " word_similarity(?, e.information) desc, e.position";
            parameters.add(query.text());
            parameters.add(query.text());
        }
        parameters.add(offset);
        parameters.add(limit);
        return new Sql(
                "select " + COLUMNS + ", " + highlighted + " from catalogue_entry e"
                        + " left join data_partner p on p.id = e.partner_id where " + where.sql
                        + " order by " + order + " offset ? limit ?",
                parameters);
    }

    private static Sql counts(Facet facet, Where where) {
        String from = " from catalogue_entry e where " + where.sql;
        return new Sql(
                switch (facet) {
                    case THEME -> "select e.theme, count(*)" + from + " group by e.theme order by min(e.position)";
                    case SUB_THEME ->
                        "select e.sub_theme, count(*)" + from + " and e.sub_theme is not null"
                                + " group by e.sub_theme order by min(e.position)";
                    case ACCESS -> "select e.access, count(*)" + from + " group by e.access order by min(e.position)";
                    case GRANULARITY ->
                        "select v, count(*) from (select unnest(e.granularities) v" + from
                                + ") x group by v order by count(*) desc, v";
                    case SECTOR ->
                        "select v, count(*) from (select unnest(e.sectors) v" + from
                                + ") x group by v order by count(*) desc, v";
                    case PARTNER ->
                        "select p.id, p.name, count(*) from catalogue_entry e join data_partner p"
                                + " on p.id = e.partner_id where " + where.sql + " group by p.id, p.name, p.position"
                                + " order by p.position";
                },
                where.parameters);
    }

    private static Where where(CatalogueQuery query) {
        StringBuilder sql = new StringBuilder("not e.retired");
        List<Object> parameters = new ArrayList<>();
        if (!query.text().isEmpty()) {
            sql.append(" and (e.search @@ websearch_to_tsquery('dutch', ?)"
                    + " or word_similarity(?, e.information || ' ' || e.source) >= 0.5)");
            parameters.add(query.text());
            parameters.add(query.text());
        }
        for (Facet facet : Facet.values()) {
            String[] values = query.values(facet).toArray(String[]::new);
            if (values.length == 0) {
                continue;
            }
            sql.append(
                    switch (facet) {
                        case THEME -> " and e.theme = any(?)";
                        case SUB_THEME -> " and e.sub_theme = any(?)";
                        case PARTNER -> " and e.partner_id = any(?)";
                        case ACCESS -> " and e.access = any(?)";
                        case GRANULARITY -> " and e.granularities && ?";
                        case SECTOR -> " and e.sectors && ?";
                    });
            parameters.add(values);
        }
        return new Where(sql.toString(), parameters);
    }

    private record Where(String sql, List<Object> parameters) {}
}
