package nl.onderwijsregio.workspace.analysis.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/** The request bodies of the analysis API; unknown fields are refused (strict JSON), messages are Dutch. */
final class AnalysisBodies {

    private AnalysisBodies() {}

    /** Starts an edition: {@code {"edition":"Arbeidsmarktanalyse 2027","fromLatest":true}}. */
    record Start(
            @NotNull(message = "{invalid.analysisBodies.geef-editie-naam}") @Nullable
            String edition,

            @Nullable Boolean fromLatest) {}

    /** A chapter's new title and Markdown text. */
    record ChapterText(
            @NotNull(message = "{invalid.analysisBodies.geef-hoofdstuk-titel}") @Nullable
            String title,

            @NotNull(message = "{invalid.analysisBodies.geef-tekst-hoofdstuk}") @Nullable
            String body) {}

    /** What a chapter is about: {@code {"themes":["Behouden"],"subThemes":["Begeleiden"]}}. */
    record Themes(
            @NotNull(message = "{invalid.analysisBodies.geef-thema-s}") @Nullable
            List<Theme> themes,

            @Nullable List<SubTheme> subThemes) {}

    /** Evidence to attach: {@code {"kind":"CATALOGUE","ref":"e019"}}. */
    record Evidence(
            @NotNull(message = "{invalid.analysisBodies.kies-soort-bewijs}") @Nullable
            EvidenceKind kind,

            @NotNull(message = "{invalid.analysisBodies.geef-welk-bewijs}") @Nullable
            String ref) {}

    /** A status step from the analysis's revision; the sharing applies when it becomes vastgesteld. */
    record Status(
            @NotNull(message = "{invalid.analysisBodies.kies-nieuwe-status}") @Nullable
            AnalysisStatus to,

            @NotNull(message = "{invalid.analysisBodies.geef-revisie-analyse}") @Nullable
            Integer revision,

            @Nullable Boolean shareNeighbours,
            @Nullable Boolean shareNational) {}

    /** With whom a release is shared. */
    record Sharing(
            @NotNull(message = "{invalid.analysisBodies.geef-buurregio-s}") @Nullable
            Boolean neighbours,

            @NotNull(message = "{invalid.analysisBodies.geef-realisatie-eenheid}") @Nullable
            Boolean national) {}
}
