package nl.onderwijsregio.workspace.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/**
 * A chapter of an analysis: its place, the themes it covers (for suggestions and the national view), its Markdown
 * text and the evidence attached to it.
 *
 * @param guidance  what the template says the chapter is for
 * @param generated the Bronnenverantwoording: composed from the evidence, nobody writes in it
 * @param revision  raised by every save; a save names the revision it started from
 */
public record Chapter(
        long id,
        long analysisId,
        int position,
        String title,
        String guidance,
        List<Theme> themes,
        List<SubTheme> subThemes,
        boolean generated,
        String body,
        int revision,
        OffsetDateTime updatedAt,
        String updatedByName,
        List<EvidenceRef> evidence) {

    /** The themes and sub-themes the chapter is about. */
    public ChapterThemes chapterThemes() {
        return new ChapterThemes(themes, subThemes);
    }

    public boolean hasText() {
        return !body.isBlank();
    }
}
