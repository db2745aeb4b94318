package nl.onderwijsregio.workspace.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Recent search results of the shared catalogue, which is the same for every region and changes rarely. A result is
 * kept with the catalogue's version ({@link CatalogueChanges#version()}) it was computed at and served only while
 * the version is unchanged: every edit, partner change and import appends to the change log in its own transaction,
 * so a committed edit is seen by the next search on every instance of the app, without any notification between
 * them. Holds at most {@value #SIZE} results (least recently used out).
 */
@Component
class CatalogueSearchCache {

    static final int SIZE = 256;

    private final Map<Key, SearchResult> results = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
            return size() > SIZE;
        }
    };

    /** The cached result for this search at this catalogue version, or {@code search}'s (then cached). */
    SearchResult get(String version, CatalogueQuery query, int offset, int limit, Supplier<SearchResult> search) {
        Key key = new Key(version, query, offset, limit);
        synchronized (results) {
            SearchResult cached = results.get(key);
            if (cached != null) {
                return cached;
            }
        }
        SearchResult result = search.get();
        synchronized (results) {
            results.put(key, result);
        }
        return result;
    }

    private record Key(String version, CatalogueQuery query, int offset, int limit) {}
}
