package nl.onderwijsregio.workspace.catalogue;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding things in the shared catalogue: search with facets, entries, data partners. The catalogue is public: every
 * visitor reads it, also without signing in (it holds no region or person data); only the history, which names the
 * people who changed it, is for signed-in users.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    public static final int MAX_PAGE = 200;
    private final CatalogueEntries entries;
    private final DataPartners partners;
    private final CatalogueChanges changes;
    private final CatalogueSearchCache cache;

    CatalogueService(
            CatalogueEntries entries, DataPartners partners, CatalogueChanges changes, CatalogueSearchCache cache) {
        this.entries = entries;
        this.partners = partners;
        this.changes = changes;
        this.cache = cache;
    }

    /**
     * A page of hits (by relevance when searching, else in the document's order) with live facet counts. Identical
     * searches are answered from {@link CatalogueSearchCache} while the catalogue is unchanged.
     */
    public SearchResult search(CatalogueQuery query, int offset, int limit) {
        int from = Math.max(0, offset);
        int size = Math.clamp(limit, 1, MAX_PAGE);
        return cache.get(changes.version(), query, from, size, () -> searchNow(query, from, size));
    }

    private SearchResult searchNow(CatalogueQuery query, int offset, int size) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, List.copyOf(entries.counts(facet, query)));
        }
        // shared between users by the cache: nothing in it may change
        return new SearchResult(
                List.copyOf(entries.search(query, offset, size)),
                entries.total(query),
                Collections.unmodifiableMap(facets));
    }

    public List<SearchHit> hits(CatalogueQuery query, int offset, int limit) {
        return entries.search(query, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    public int count(CatalogueQuery query) {
        return entries.total(query);
    }

    public Optional<CatalogueEntry> entry(String id) {
        return entries.byId(id);
    }

    public List<DataPartner> partners() {
        return partners.all();
    }

    public Optional<DataPartner> partner(String id) {
        return partners.byId(id);
    }

    public Optional<CatalogueRelease> release() {
        return partners.release();
    }

    /** Identifies the catalogue's current state: it changes with every committed change to entries or partners. */
    public String version() {
        return changes.version();
    }

    /** Per entry id, the moment of its latest change since the import (none for an entry never changed). */
    public Map<String, OffsetDateTime> lastChangePerEntry() {
        return changes.lastChangePerEntry();
    }

    /** What happened to one entry, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CatalogueChange> history(String entryId) {
        return changes.of(entryId);
    }

    /** The catalogue's changelog, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CatalogueChange> changelog(int limit) {
        return changes.newest(Math.clamp(limit, 1, 500));
    }
}
