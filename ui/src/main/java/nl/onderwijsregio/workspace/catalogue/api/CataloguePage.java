package nl.onderwijsregio.workspace.catalogue.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.catalogue.Facet;
import nl.onderwijsregio.workspace.catalogue.FacetCount;
import nl.onderwijsregio.workspace.catalogue.SearchResult;

/** One page of a catalogue search: the hits, how many there are in all, and the live counts per facet value. */
@Schema(name = "CataloguePage")
record CataloguePage(
        List<EntryJson> items,

        @Schema(description = "Aantal bronnen dat aan de zoekvraag voldoet")
        int total,

        @Schema(description = "Paginanummer, vanaf 0") int page,
        @Schema(description = "Paginagrootte") int size,

        @Schema(
                description = "Per filter (thema, subthema, partner, niveau, toegang, sector) het aantal bronnen per"
                        + " waarde, voor de zoekvraag zonder het eigen filter van die parameter")
        Map<String, List<FacetCount>> facets) {

    static CataloguePage of(SearchResult result, int page, int size) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), result.facets().getOrDefault(facet, List.of()));
        }
        return new CataloguePage(
                result.hits().stream().map(EntryJson::of).toList(), result.total(), page, size, facets);
    }
}
