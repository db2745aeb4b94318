package nl.onderwijsregio.workspace.analysis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.NationalAnalyses;
import nl.onderwijsregio.workspace.analysis.api.AnalysisJson.ReleaseJson;
import nl.onderwijsregio.workspace.analysis.api.AnalysisJson.ReleaseTextJson;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/coverage/analyses/shared}: for national staff (and platform administrators; everyone else 403), the
 * text of the vastgestelde versions regions shared with the Realisatie-Eenheid. The numbers of every region's
 * analysis are at {@code /api/v1/coverage/analyses}.
 */
@RestController
@RequestMapping("/api/v1/coverage/analyses/shared")
@Tag(name = "Landelijk overzicht")
class NationalAnalysesController {

    private final NationalAnalyses national;
    private final AnalysisExporter exporter;

    NationalAnalysesController(NationalAnalyses national, AnalysisExporter exporter) {
        this.national = national;
        this.exporter = exporter;
    }

    @GetMapping
    @Operation(
            summary = "Met de Realisatie-Eenheid gedeelde analyses",
            description = "Vastgestelde versies die regio's met de Realisatie-Eenheid deelden, nieuwste eerst.")
    List<ReleaseJson> shared() {
        return national.shared().stream().map(ReleaseJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "De tekst van een met de Realisatie-Eenheid gedeelde analyse",
            description = "De bevroren hoofdstukken; 404 als de versie niet met de Realisatie-Eenheid gedeeld is.")
    ReleaseTextJson release(@PathVariable long id) {
        return ReleaseTextJson.of(national.release(id), national.chapters(id), false);
    }

    @GetMapping("/{id}/export")
    @Operation(
            summary = "Een met de Realisatie-Eenheid gedeelde analyse als bestand",
            description = "Als docx, pdf of md; 404 als de versie niet met de Realisatie-Eenheid gedeeld is.")
    ResponseEntity<?> export(@PathVariable long id, @RequestParam(defaultValue = "docx") String format) {
        national.release(id);
        return AnalysisDownloads.download(format, chosen -> exporter.national(id, chosen));
    }
}
