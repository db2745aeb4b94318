package nl.onderwijsregio.workspace.catalogue.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.Facet;

/** A catalogue search as URL query parameters ({@code ?q=verzuim&toegang=CLOSED&sector=po}), and back. */
final class CatalogueUrl {

    static final String TEXT = "q";
    static final String ENTRY = "bron";

    private CatalogueUrl() {}

    static CatalogueQuery read(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> given = values.getOrDefault(facet.parameter(), List.of());
            if (!given.isEmpty()) {
                filters.put(facet, new HashSet<>(given));
            }
        }
        String text = values.getOrDefault(TEXT, List.of("")).getFirst();
        return new CatalogueQuery(text.length() > 200 ? text.substring(0, 200) : text, filters);
    }

    static QueryParameters write(CatalogueQuery query, String entryId) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (!query.text().isEmpty()) {
            values.put(TEXT, List.of(query.text()));
        }
        for (Facet facet : Facet.values()) {
            List<String> selected = new ArrayList<>(query.values(facet));
            if (!selected.isEmpty()) {
                selected.sort(null);
                values.put(facet.parameter(), selected);
            }
        }
        if (entryId != null) {
            values.put(ENTRY, List.of(entryId));
        }
        return new QueryParameters(values);
    }
}
