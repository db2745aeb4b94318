package nl.onderwijsregio.workspace.analysis.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An analysis as it is delivered: title page, chapters in order, and the generated source account. Citations in the
 * chapters' Markdown are already replaced by readable references.
 *
 * @param version the version number (of the release, or the working version)
 * @param status  the Dutch status label ("Concept", "Vastgesteld" …)
 * @param date    the day the document describes: the release's establishment, or today for a concept
 */
public record AnalysisDocument(
        String regionName,
        String edition,
        int version,
        String status,
        LocalDate date,
        List<DocumentChapter> chapters,
        SourceAccount sources) {

    /**
     * One chapter. A generated chapter (the Bronnenverantwoording) has no text of its own: the writers put the source
     * account there.
     */
    public record DocumentChapter(String title, String markdown, boolean generated) {}

    /** The Bronnenverantwoording: per theme the sources used, and the Handreiking's sources for it not used. */
    public record SourceAccount(List<SourceGroup> groups) {}

    public record SourceGroup(String theme, List<SourceLine> used, List<String> notUsed) {}

    /**
     * One source used. Never a contact person.
     *
     * @param level     granularity (e.g. "bestuur", "gemeente")
     * @param holder    for closed data: the kind of holder ("Schoolbestuur", "Vervangingsfonds/Participatiefonds" …)
     * @param agreement for closed data: the agreement type label
     */
    public record SourceLine(
            String title,
            @Nullable String dataPartner,
            @Nullable String level,
            boolean open,
            @Nullable String period,
            @Nullable String holder,
            @Nullable String agreement) {}
}
