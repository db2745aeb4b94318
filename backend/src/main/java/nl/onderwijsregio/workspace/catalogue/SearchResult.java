package nl.onderwijsregio.workspace.catalogue;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and the live counts per facet value. */
public record SearchResult(List<SearchHit> hits, int total, Map<Facet, List<FacetCount>> facets) {}
