package nl.onderwijsregio.workspace.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search in the catalogue: free text (Dutch stemming, tolerant of small typos) and a set of values per facet;
 * values within a facet widen the result (or), facets narrow it (and).
 */
public record CatalogueQuery(String text, Map<Facet, Set<String>> filters) {

    public CatalogueQuery {
        text = text == null ? "" : text.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    public static CatalogueQuery everything() {
        return new CatalogueQuery("", Map.of());
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public CatalogueQuery withText(String newText) {
        return new CatalogueQuery(newText, filters);
    }

    public CatalogueQuery with(Facet facet, Set<String> values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, values);
        return new CatalogueQuery(text, copy);
    }

    /** The same query without the filter of one facet (for that facet's own counts). */
    public CatalogueQuery without(Facet facet) {
        return with(facet, Set.of());
    }
}
