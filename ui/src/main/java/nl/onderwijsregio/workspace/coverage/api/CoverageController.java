package nl.onderwijsregio.workspace.coverage.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import nl.onderwijsregio.workspace.coverage.AnalysisProgress;
import nl.onderwijsregio.workspace.coverage.CoverageCell;
import nl.onderwijsregio.workspace.coverage.CoverageExports;
import nl.onderwijsregio.workspace.coverage.CoverageService;
import nl.onderwijsregio.workspace.coverage.CoverageTable;
import nl.onderwijsregio.workspace.coverage.FindingCount;
import nl.onderwijsregio.workspace.coverage.Gaps;
import nl.onderwijsregio.workspace.coverage.LineFilter;
import nl.onderwijsregio.workspace.coverage.PriorityCount;
import nl.onderwijsregio.workspace.coverage.RegisterLine;
import nl.onderwijsregio.workspace.coverage.SourceCoverage;
import nl.onderwijsregio.workspace.coverage.TrendPoint;
import nl.onderwijsregio.workspace.export.Spreadsheets;
import nl.onderwijsregio.workspace.export.Table;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/coverage/**}: the national overview for BI tools, for national staff (and platform administrators;
 * everyone else gets 403). Aggregates computed in PostgreSQL; the lines behind a number carry region, catalogue
 * entry, status and dates only.
 */
@RestController
@RequestMapping("/api/v1/coverage")
class CoverageController {

    private final CoverageService coverage;
    private final CoverageExports exports;
    private final SerializedOnce matrixJson;

    CoverageController(CoverageService coverage, CoverageExports exports, JsonMapper json) {
        this.coverage = coverage;
        this.exports = exports;
        this.matrixJson = new SerializedOnce(json);
    }

    /** Region × catalogue theme: entries of the theme, how many in the region's register, how many received. */
    @GetMapping(value = "/matrix", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(
            responseCode = "200",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = CoverageCell.class))))
    ResponseEntity<byte[]> matrix(
            @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) @Nullable String encoding) {
        // ~1 MB of JSON at 500 regions: written (and compressed) once per data version, not per request
        return matrixJson.of(coverage.matrix(), encoding);
    }

    /** Per closed catalogue entry: regions that want, requested, received or were refused it; holders. */
    @GetMapping("/sources")
    List<SourceCoverage> sources() {
        return coverage.sources();
    }

    /** Unused catalogue entries, regions without received data, regions without register activity for 90 days. */
    @GetMapping("/gaps")
    Gaps gaps() {
        return coverage.gaps();
    }

    /** Published priorities per theme and sub-theme, with the regions that have one. */
    @GetMapping("/priorities")
    List<PriorityCount> priorities() {
        return coverage.priorities();
    }

    /** Published findings as counts (per kind for those shared with all, per theme only for the others). */
    @GetMapping("/findings")
    List<FindingCount> findings() {
        return coverage.findings();
    }

    /** Per month since January 2026: closed data received and findings published. */
    @GetMapping("/trend")
    List<TrendPoint> trend() {
        return coverage.trend();
    }

    /** Per active region its analysis in numbers and status: edition, version, last change, chapters, sources. */
    @GetMapping("/analyses")
    @Operation(
            summary = "De analyses per regio in aantallen",
            description = "Per actieve regio de laatste editie: status, versie, laatste wijziging, hoofdstukken (met"
                    + " tekst), bronnen en gesloten datasets, de vastgestelde versie en of die met de"
                    + " Realisatie-Eenheid gedeeld is. Alleen aantallen en status, nooit tekst.")
    List<AnalysisProgress> analyses() {
        return coverage.analyses();
    }

    /** The register lines behind a number; every filter optional; at most 2000 lines. */
    @GetMapping("/lines")
    List<RegisterLine> lines(
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String theme,
            @RequestParam(required = false) @Nullable String entry,
            @RequestParam(required = false) @Nullable RegisterStatus status,
            @RequestParam(defaultValue = "false") boolean received) {
        return coverage.lines(new LineFilter(region, theme(theme), entry, status, received));
    }

    /** The theme to filter on, by its Dutch name (as the overview shows it) or its code; 400 if it is not a theme. */
    private static @Nullable Theme theme(@Nullable String theme) {
        try {
            return Theme.of(theme);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, unknown.getMessage());
        }
    }

    /** A table of the overview as a file: {@code format=csv} (default) or {@code xlsx}. */
    @GetMapping("/export/{table}")
    ResponseEntity<byte[]> export(
            @PathVariable CoverageTable table, @RequestParam(defaultValue = "csv") String format) {
        Table content = exports.table(table);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + content.name() + (xlsx ? ".xlsx" : ".csv") + "\"")
                .contentType(MediaType.parseMediaType(
                        xlsx ? Spreadsheets.XLSX_TYPE : Spreadsheets.CSV_TYPE + ";charset=UTF-8"))
                .body(xlsx ? Spreadsheets.xlsx(content) : Spreadsheets.csv(content));
    }
}
