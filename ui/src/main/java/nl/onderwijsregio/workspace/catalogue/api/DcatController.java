package nl.onderwijsregio.workspace.catalogue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/catalogue/dcat}: the catalogue as DCAT-AP-DONL, JSON-LD by default or Turtle on request. */
@RestController
@RequestMapping("/api/v1/catalogue/dcat")
@Tag(name = "Catalogus")
class DcatController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    private final CataloguePublication publication;

    DcatController(CataloguePublication publication) {
        this.publication = publication;
    }

    @GetMapping
    @Operation(
            summary = "De catalogus als DCAT-AP-DONL",
            description = "Eén dcat:Catalog met een dcat:Dataset per bron (toegang als EU access-right PUBLIC of"
                    + " NON_PUBLIC, datapartner als dct:publisher, thema's, trefwoorden en detailniveau)."
                    + " JSON-LD (standaard) of Turtle, te kiezen met de Accept-header.")
    @ApiResponse(
            responseCode = "200",
            description = "De catalogus",
            content = {
                @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                @Content(mediaType = "text/turtle", schema = @Schema(type = "string"))
            })
    @ApiResponse(
            responseCode = "406",
            description = "Geen van de gevraagde formaten wordt geleverd",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> publication(
            @Parameter(description = "application/ld+json (standaard) of text/turtle")
                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                    @Nullable
                    String accept) {
        Optional<Syntax> syntax = negotiate(accept);
        if (syntax.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_ACCEPTABLE, "De catalogus is beschikbaar als application/ld+json of text/turtle.");
            problem.setTitle("Formaat niet beschikbaar");
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        byte[] body = publication.write(syntax.get()).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(syntax.get() == Syntax.TURTLE ? TURTLE : JSON_LD)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(body);
    }

    /**
     * The syntax the Accept header prefers: types in order of quality (the first listed wins a tie); JSON-LD for
     * {@code application/ld+json}, {@code application/json} or a wildcard that covers it, Turtle for
     * {@code text/turtle} or {@code text/*}. JSON-LD without or with an unreadable header; empty when nothing fits.
     */
    static Optional<Syntax> negotiate(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(Syntax.JSON_LD);
        }
        List<MediaType> types;
        try {
            types = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException unreadable) {
            return Optional.of(Syntax.JSON_LD);
        }
        types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : types) {
            if (type.getQualityValue() <= 0) {
                continue;
            }
            if (type.includes(JSON_LD) || type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                return Optional.of(Syntax.JSON_LD);
            }
            if (type.includes(TURTLE)) {
                return Optional.of(Syntax.TURTLE);
            }
        }
        return Optional.empty();
    }
}
