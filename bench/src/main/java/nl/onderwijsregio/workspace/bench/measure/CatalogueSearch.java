package nl.onderwijsregio.workspace.bench.measure;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.Facet;
import org.springframework.context.ApplicationContext;

/** A catalogue search with live facet counts, first page of 25, rotating over four typical searches. */
final class CatalogueSearch implements Operation {

    static final List<CatalogueQuery> QUERIES = List.of(
            CatalogueQuery.everything(),
            new CatalogueQuery("verzuim", Map.of()),
            new CatalogueQuery("", Map.of(Facet.ACCESS, Set.of("CLOSED"), Facet.SECTOR, Set.of("PO"))),
            new CatalogueQuery("leraren", Map.of(Facet.ACCESS, Set.of("CLOSED"))));
    private static final int PAGE = 25;

    @Override
    public String name() {
        return "catalogue search";
    }

    @Override
    public String description() {
        return "CatalogueService.search: 25 hits, total, counts for 6 facets; 4 searches in turn (none, text, "
                + "2 filters, text + filter)";
    }

    @Override
    public Object app(ApplicationContext beans, Sample sample) {
        return beans.getBean(CatalogueService.class).search(query(sample), 0, PAGE);
    }

    @Override
    public List<Sql> floor(Sample sample) {
        return CatalogueSql.statements(query(sample), 0, PAGE);
    }

    @Override
    public List<Sql> withoutRls(Sample sample) {
        return List.of(); // the catalogue is shared: no row-level security
    }

    private static CatalogueQuery query(Sample sample) {
        return QUERIES.get(sample.index() % QUERIES.size());
    }
}
