package nl.onderwijsregio.workspace.catalogue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.onderwijsregio.workspace.catalogue.CatalogueQuery;
import nl.onderwijsregio.workspace.catalogue.CatalogueService;
import nl.onderwijsregio.workspace.catalogue.DataPartner;
import nl.onderwijsregio.workspace.catalogue.Facet;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import org.springframework.http.ProblemDetail;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/catalogue}: search the shared catalogue with the same text search and filters as the screen (same
 * parameter names), one entry, and the data partners. Open to every signed-in role.
 */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "Catalogus", description = "De gedeelde catalogus van databronnen (Handreiking Databronnen)")
class CatalogueController {

    static final String TEXT = "q";
    static final int MAX_TEXT = 200;
    /** Facets whose values are upper-case codes: matched case-insensitively ({@code toegang=closed}). */
    private static final Set<Facet> CODES = Set.of(Facet.ACCESS, Facet.GRANULARITY, Facet.SECTOR);

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(
            summary = "Zoek in de catalogus",
            description = "Zoekt op tekst (Nederlandse woordstammen, kleine typefouten toegestaan) en filtert per"
                    + " facet. Waarden binnen één filter verbreden (of), verschillende filters vernauwen (en); elk"
                    + " filter mag herhaald worden, bijvoorbeeld ?toegang=CLOSED&sector=PO&sector=VO. Zonder"
                    + " zoektekst in de volgorde van de Handreiking, anders op relevantie.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Zoektekst (ten hoogste 200 tekens)")
    @Parameter(
            name = "thema",
            in = ParameterIn.QUERY,
            description = "Thema, bijvoorbeeld Behouden",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "subthema",
            in = ParameterIn.QUERY,
            description = "Subthema, bijvoorbeeld Verzuim & werkgeluk",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "partner",
            in = ParameterIn.QUERY,
            description = "Id van een datapartner, bijvoorbeeld vfpf",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "niveau",
            in = ParameterIn.QUERY,
            description = "Detailniveau, bijvoorbeeld GEMEENTE",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "toegang",
            in = ParameterIn.QUERY,
            description = "OPEN of CLOSED",
            array =
                    @ArraySchema(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"OPEN", "CLOSED"})))
    @Parameter(
            name = "sector",
            in = ParameterIn.QUERY,
            description = "PO, SO, VO, MBO, HO of KINDEROPVANG",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Een pagina zoekresultaten")
    @ApiResponse(
            responseCode = "400",
            description = "Ongeldige pagina of paginagrootte",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    CataloguePage search(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(description = "Paginanummer, vanaf 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{invalid.catalogueController.paginanummer-begint-bij}")
                    int page,
            @Parameter(description = "Aantal bronnen per pagina (1 tot en met 200)")
                    @RequestParam(defaultValue = "25")
                    @Min(value = 1, message = "{invalid.catalogueController.vraag-ten-minste}")
                    @Max(value = CatalogueService.MAX_PAGE, message = "{invalid.catalogueController.vraag-ten-hoogste}")
                    int size) {
        int offset = (int) Math.min((long) page * size, Integer.MAX_VALUE);
        return CataloguePage.of(catalogue.search(query(parameters), offset, size), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén bron uit de catalogus", description = "Ook een ingetrokken bron (retired = true).")
    @ApiResponse(responseCode = "200", description = "De bron")
    @ApiResponse(
            responseCode = "404",
            description = "Geen bron met dit id",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    EntryJson entry(@PathVariable String id) {
        return catalogue
                .entry(id)
                .map(EntryJson::of)
                .orElseThrow(() -> new ExplainedNotFound("catalogue.api.no-entry", id));
    }

    @GetMapping("/partners")
    @Operation(summary = "De datapartners", description = "Met het aantal bronnen per partner (entryCount).")
    List<DataPartner> partners() {
        return catalogue.partners();
    }

    /** The search the parameters ask for, read as the catalogue screen reads its URL. */
    static CatalogueQuery query(MultiValueMap<String, String> parameters) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(facet.parameter(), List.of())) {
                if (value != null && !value.isBlank()) {
                    values.add(CODES.contains(facet) ? value.strip().toUpperCase(Locale.ROOT) : value.strip());
                }
            }
            filters.put(facet, values);
        }
        String text = parameters.getFirst(TEXT);
        text = text == null ? "" : text;
        return new CatalogueQuery(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text, filters);
    }
}
