package nl.onderwijsregio.workspace.catalogue.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Document;
import nl.onderwijsregio.workspace.catalogue.dcat.CataloguePublication.Syntax;
import nl.onderwijsregio.workspace.messages.Texts;
import nl.onderwijsregio.workspace.security.ProblemTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
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
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /api/v1/catalogue/dcat}: the catalogue as DCAT-AP-NL 3.0, JSON-LD by default, Turtle or RDF/XML on
 * request. Public (no token; see {@code WebSecurityConfiguration}), with an ETag and Last-Modified so harvesters
 * and caches ask again cheaply: an unchanged catalogue answers 304 without a body.
 */
@RestController
@RequestMapping("/api/v1/catalogue/dcat")
@Tag(name = "Catalogus")
class DcatController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    static final MediaType TURTLE = MediaType.parseMediaType("text/turtle;charset=UTF-8");
    static final MediaType RDF_XML = MediaType.parseMediaType("application/rdf+xml;charset=UTF-8");
    /** Public and cacheable for 15 minutes, then checked again with the ETag. */
    static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofMinutes(15)).cachePublic().mustRevalidate();

    private final CataloguePublication publication;

    DcatController(CataloguePublication publication) {
        this.publication = publication;
    }

    @GetMapping
    @Operation(
            summary = "De catalogus als DCAT-AP-NL 3.0 (openbaar, zonder token)",
            description = "Eén dcat:Catalog met een dcat:Dataset per bron (toegang als EU access-right PUBLIC of"
                    + " RESTRICTED, datapartner als dct:publisher en dct:creator, contactpunt, thema's, licentie,"
                    + " distributie) en de API als dcat:DataService. JSON-LD (standaard), Turtle of RDF/XML, te kiezen"
                    + " met de Accept-header. Met ETag en Last-Modified: If-None-Match of If-Modified-Since geeft 304"
                    + " zolang de catalogus niet veranderde.",
            security = {})
    @ApiResponse(
            responseCode = "200",
            description = "De catalogus",
            content = {
                @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                @Content(mediaType = "text/turtle", schema = @Schema(type = "string")),
                @Content(mediaType = "application/rdf+xml", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "304", description = "Niet veranderd sinds de gegeven ETag of datum")
    @ApiResponse(
            responseCode = "406",
            description = "Geen van de gevraagde formaten wordt geleverd",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> publication(
            @Parameter(description = "application/ld+json (standaard), text/turtle of application/rdf+xml")
                    @RequestHeader(value = HttpHeaders.ACCEPT, required = false)
                    @Nullable
                    String accept,
            WebRequest request) {
        Optional<Syntax> syntax = negotiate(accept);
        if (syntax.isEmpty()) {
            Locale locale = ProblemTexts.locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_ACCEPTABLE, Texts.text("catalogue.dcat.formats", locale));
            problem.setTitle(Texts.text("catalogue.dcat.format-unavailable", locale));
            return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Document document = publication.document(syntax.get());
        if (request.checkNotModified(document.etag(), document.lastModified().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .cacheControl(CACHING)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(
                        switch (syntax.get()) {
                            case TURTLE -> TURTLE;
                            case RDF_XML -> RDF_XML;
                            case JSON_LD -> JSON_LD;
                        })
                .cacheControl(CACHING)
                .eTag(document.etag())
                .lastModified(document.lastModified())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .body(document.body().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The syntax the Accept header prefers: types in order of quality (the first listed wins a tie); JSON-LD for
     * {@code application/ld+json}, {@code application/json} or a wildcard that covers it, Turtle for
     * {@code text/turtle} or {@code text/*}, RDF/XML for {@code application/rdf+xml}. JSON-LD without or with an
     * unreadable header; empty when nothing fits.
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
            if (type.equalsTypeAndSubtype(RDF_XML)) {
                return Optional.of(Syntax.RDF_XML);
            }
        }
        return Optional.empty();
    }
}
