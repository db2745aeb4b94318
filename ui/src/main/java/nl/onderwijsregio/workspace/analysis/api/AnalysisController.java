package nl.onderwijsregio.workspace.analysis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisExporter;
import nl.onderwijsregio.workspace.analysis.AnalysisService;
import nl.onderwijsregio.workspace.analysis.ChapterThemes;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.ReleaseChapter;
import nl.onderwijsregio.workspace.analysis.SharedAnalyses;
import nl.onderwijsregio.workspace.analysis.api.AnalysisJson.ChapterJson;
import nl.onderwijsregio.workspace.analysis.api.AnalysisJson.ReleaseJson;
import nl.onderwijsregio.workspace.analysis.api.AnalysisJson.ReleaseTextJson;
import nl.onderwijsregio.workspace.messages.ExplainedNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/regions/{region}/analysis}: the region's analysis for its own people (the API binds the region in
 * the path after checking membership), and the vastgestelde versions neighbouring regions shared with it. Writing
 * carries the revision it was based on (409 otherwise); the lead starts editions, moves the status and shares.
 */
@RestController
@RequestMapping("/api/v1/regions/{region}/analysis")
@Tag(
        name = "Regioanalyse",
        description = "De arbeidsmarktanalyse van een regio: hoofdstukken, bewijs, status en delen.")
class AnalysisController {

    private final AnalysisService analyses;
    private final SharedAnalyses shared;
    private final AnalysisExporter exporter;

    AnalysisController(AnalysisService analyses, SharedAnalyses shared, AnalysisExporter exporter) {
        this.analyses = analyses;
        this.shared = shared;
        this.exporter = exporter;
    }

    @GetMapping
    @Operation(
            summary = "De huidige editie van de analyse",
            description = "Status, versie en revisie, de hoofdstukken met hun tekst en bewijs, en de vastgestelde"
                    + " versies. 404 als de regio nog geen analyse begon.")
    AnalysisJson current(@PathVariable String region) {
        return AnalysisJson.of(current());
    }

    @PostMapping
    @Operation(
            summary = "Een nieuwe editie beginnen",
            description = "Volgens het landelijke sjabloon, of met fromLatest als kopie van de laatste editie. Alleen"
                    + " de regiotrekker.")
    ResponseEntity<AnalysisJson> start(@PathVariable String region, @Valid @RequestBody AnalysisBodies.Start body) {
        Analysis started = analyses.start(body.edition(), Boolean.TRUE.equals(body.fromLatest()));
        return ResponseEntity.created(URI.create("/api/v1/regions/" + region + "/analysis"))
                .body(AnalysisJson.of(started));
    }

    @PutMapping("/chapters/{id}")
    @Operation(
            summary = "Een hoofdstuk opslaan",
            description = "Titel en Markdown-tekst, als niemand het hoofdstuk sinds revision opsloeg (anders 409)."
                    + " Verwijzingen als [[bron:e019]] moeten naar bewijs van de regio wijzen (anders 400).")
    ChapterJson save(
            @PathVariable String region,
            @PathVariable long id,
            @RequestParam int revision,
            @Valid @RequestBody AnalysisBodies.ChapterText body) {
        return ChapterJson.of(analyses.save(id, revision, body.title(), body.body()));
    }

    @PutMapping("/chapters/{id}/themes")
    @Operation(
            summary = "De thema's van een hoofdstuk",
            description = "Catalogusthema's en ABC-subthema's waarop de suggesties van het hoofdstuk zich richten; een"
                    + " subthema brengt zijn thema mee. Alleen de regiotrekker; de tekst blijft zoals ze is.")
    ChapterJson retag(
            @PathVariable String region, @PathVariable long id, @Valid @RequestBody AnalysisBodies.Themes body) {
        return ChapterJson.of(analyses.retag(id, ChapterThemes.of(body.themes(), body.subThemes())));
    }

    @PostMapping("/chapters/{id}/evidence")
    @Operation(
            summary = "Bewijs aan een hoofdstuk koppelen",
            description = "Een bron uit de catalogus, een registerregel, bevinding of prioriteit van de regio.")
    ChapterJson attach(
            @PathVariable String region, @PathVariable long id, @Valid @RequestBody AnalysisBodies.Evidence body) {
        return ChapterJson.of(analyses.attach(
                id, new EvidenceRef(Objects.requireNonNull(body.kind()), Objects.requireNonNull(body.ref()))));
    }

    @DeleteMapping("/chapters/{id}/evidence/{kind}/{ref}")
    @Operation(
            summary = "Bewijs van een hoofdstuk loskoppelen",
            description = "Geweigerd (400) zolang de tekst er nog naar verwijst.")
    ChapterJson detach(
            @PathVariable String region,
            @PathVariable long id,
            @PathVariable EvidenceKind kind,
            @PathVariable String ref) {
        return ChapterJson.of(analyses.detach(id, new EvidenceRef(kind, ref)));
    }

    @PostMapping("/status")
    @Operation(
            summary = "De status van de analyse wijzigen",
            description = "Concept, ter bespreking of vastgesteld, vanaf revision (anders 409). Vaststellen bevriest"
                    + " een genummerde versie, gedeeld zoals gekozen. Alleen de regiotrekker.")
    AnalysisJson status(@PathVariable String region, @Valid @RequestBody AnalysisBodies.Status body) {
        return AnalysisJson.of(analyses.changeStatus(
                current().id(),
                Objects.requireNonNull(body.revision()),
                Objects.requireNonNull(body.to()),
                Boolean.TRUE.equals(body.shareNeighbours()),
                Boolean.TRUE.equals(body.shareNational())));
    }

    @GetMapping("/releases/{id}")
    @Operation(summary = "De tekst van een eigen vastgestelde versie")
    ReleaseTextJson release(@PathVariable String region, @PathVariable long id) {
        List<ReleaseChapter> chapters = analyses.releaseChapters(id);
        return ReleaseTextJson.of(shared.release(id), chapters, true);
    }

    @PutMapping("/releases/{id}/sharing")
    @Operation(
            summary = "Een vastgestelde versie delen",
            description = "Met de buurregio's en/of de Realisatie-Eenheid, of met niemand. Alleen de regiotrekker.")
    ReleaseJson share(
            @PathVariable String region, @PathVariable long id, @Valid @RequestBody AnalysisBodies.Sharing body) {
        return ReleaseJson.of(
                analyses.share(id, Objects.requireNonNull(body.neighbours()), Objects.requireNonNull(body.national())));
    }

    @GetMapping("/export")
    @Operation(
            summary = "De analyse als bestand",
            description = "De huidige editie zoals ze nu is, als docx (Word, standaard), pdf of md (Markdown); de"
                    + " bestandsnaam noemt regio, editie en versie. Een onbekend formaat geeft 400.")
    ResponseEntity<?> export(@PathVariable String region, @RequestParam(defaultValue = "docx") String format) {
        long id = current().id();
        return AnalysisDownloads.download(format, chosen -> exporter.working(id, chosen));
    }

    @GetMapping("/releases/{id}/export")
    @Operation(
            summary = "Een eigen vastgestelde versie als bestand",
            description = "Als docx, pdf of md; een onbekend formaat geeft 400.")
    ResponseEntity<?> exportRelease(
            @PathVariable String region, @PathVariable long id, @RequestParam(defaultValue = "docx") String format) {
        return AnalysisDownloads.download(format, chosen -> exporter.release(id, chosen));
    }

    @GetMapping("/shared")
    @Operation(
            summary = "Met de regio gedeelde analyses",
            description = "Vastgestelde versies die buurregio's met deze regio deelden, nieuwste eerst.")
    List<ReleaseJson> sharedWithUs(@PathVariable String region) {
        return shared.sharedWithUs().stream().map(ReleaseJson::of).toList();
    }

    @GetMapping("/shared/{releaseId}")
    @Operation(
            summary = "De tekst van een gedeelde analyse",
            description = "De bevroren hoofdstukken van een versie die een buurregio met deze regio deelde; 404 als"
                    + " ze niet gedeeld is.")
    ReleaseTextJson sharedRelease(@PathVariable String region, @PathVariable long releaseId) {
        Release release = shared.release(releaseId);
        if (release.regionId().equals(region)) {
            throw new ExplainedNotFound("analysis.api.own-release", String.valueOf(releaseId));
        }
        return ReleaseTextJson.of(release, shared.chapters(releaseId), false);
    }

    @GetMapping("/shared/{releaseId}/export")
    @Operation(
            summary = "Een gedeelde analyse als bestand",
            description = "Een versie die een buurregio met deze regio deelde, als docx, pdf of md; 404 als ze niet"
                    + " gedeeld is.")
    ResponseEntity<?> exportShared(
            @PathVariable String region,
            @PathVariable long releaseId,
            @RequestParam(defaultValue = "docx") String format) {
        sharedRelease(region, releaseId);
        return AnalysisDownloads.download(format, chosen -> exporter.shared(releaseId, chosen));
    }

    private Analysis current() {
        return analyses.current().orElseThrow(() -> new ExplainedNotFound("analysis.api.no-analysis"));
    }
}
