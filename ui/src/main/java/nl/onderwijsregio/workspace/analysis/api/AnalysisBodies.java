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
            @NotNull(message = "Geef de editie een naam, bijvoorbeeld ‘Arbeidsmarktanalyse 2026’.") @Nullable
            String edition,

            @Nullable Boolean fromLatest) {}

    /** A chapter's new title and Markdown text. */
    record ChapterText(
            @NotNull(message = "Geef het hoofdstuk een titel.") @Nullable
            String title,

            @NotNull(message = "Geef de tekst van het hoofdstuk mee (leeg mag: \"\").") @Nullable
            String body) {}

    /** What a chapter is about: {@code {"themes":["Behouden"],"subThemes":["Begeleiden"]}}. */
    record Themes(
            @NotNull(message = "Geef de thema's mee (een lege lijst mag: []).") @Nullable
            List<Theme> themes,

            @Nullable List<SubTheme> subThemes) {}

    /** Evidence to attach: {@code {"kind":"CATALOGUE","ref":"e019"}}. */
    record Evidence(
            @NotNull(message = "Kies de soort bewijs: CATALOGUE, REGISTER, FINDING of PRIORITY.") @Nullable
            EvidenceKind kind,

            @NotNull(message = "Geef aan welk bewijs: de code van de bron of het nummer.") @Nullable
            String ref) {}

    /** A status step from the analysis's revision; the sharing applies when it becomes vastgesteld. */
    record Status(
            @NotNull(message = "Kies de nieuwe status: CONCEPT, TER_BESPREKING of VASTGESTELD.") @Nullable
            AnalysisStatus to,

            @NotNull(message = "Geef de revisie van de analyse mee waarop je wijziging voortbouwt.") @Nullable
            Integer revision,

            @Nullable Boolean shareNeighbours,
            @Nullable Boolean shareNational) {}

    /** With whom a release is shared. */
    record Sharing(
            @NotNull(message = "Geef aan of de buurregio's deze versie mogen lezen (true of false).") @Nullable
            Boolean neighbours,

            @NotNull(message = "Geef aan of de Realisatie-Eenheid deze versie mag lezen (true of false).") @Nullable
            Boolean national) {}
}
