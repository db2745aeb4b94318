package nl.onderwijsregio.workspace.analysis.api;

import java.time.OffsetDateTime;
import java.util.List;
import nl.onderwijsregio.workspace.analysis.Analysis;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import nl.onderwijsregio.workspace.analysis.Chapter;
import nl.onderwijsregio.workspace.analysis.EvidenceKind;
import nl.onderwijsregio.workspace.analysis.EvidenceRef;
import nl.onderwijsregio.workspace.analysis.Release;
import nl.onderwijsregio.workspace.analysis.ReleaseChapter;
import nl.onderwijsregio.workspace.findings.Markdown;
import nl.onderwijsregio.workspace.themes.SubTheme;
import nl.onderwijsregio.workspace.themes.Theme;

/** An edition of the region's analysis as the API returns it to the region's own people. */
record AnalysisJson(
        long id,
        String region,
        String edition,
        AnalysisStatus status,
        String statusLabel,
        int version,
        int revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String updatedByName,
        List<ChapterJson> chapters,
        List<ReleaseJson> releases) {

    static AnalysisJson of(Analysis a) {
        return new AnalysisJson(
                a.id(),
                a.regionId(),
                a.edition(),
                a.status(),
                a.status().label(),
                a.version(),
                a.revision(),
                a.createdAt(),
                a.updatedAt(),
                a.updatedByName(),
                a.chapters().stream().map(ChapterJson::of).toList(),
                a.releases().stream().map(ReleaseJson::of).toList());
    }

    /** A chapter of the working analysis: its Markdown text (citations as written) and the evidence attached. */
    record ChapterJson(
            long id,
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
            List<EvidenceJson> evidence) {

        static ChapterJson of(Chapter c) {
            return new ChapterJson(
                    c.id(),
                    c.position(),
                    c.title(),
                    c.guidance(),
                    c.themes(),
                    c.subThemes(),
                    c.generated(),
                    c.body(),
                    c.revision(),
                    c.updatedAt(),
                    c.updatedByName(),
                    c.evidence().stream().map(EvidenceJson::of).toList());
        }
    }

    /** A piece of evidence: its kind, its id, and how the text cites it ({@code [[bron:e019]]}). */
    record EvidenceJson(EvidenceKind kind, String ref, String citation) {

        static EvidenceJson of(EvidenceRef ref) {
            return new EvidenceJson(ref.kind(), ref.ref(), ref.citation());
        }
    }

    /** A vastgestelde version and with whom its region shares it. */
    record ReleaseJson(
            long id,
            String region,
            String regionName,
            String edition,
            int number,
            OffsetDateTime establishedAt,
            String establishedByName,
            boolean sharedNeighbours,
            boolean sharedNational) {

        static ReleaseJson of(Release r) {
            return new ReleaseJson(
                    r.id(),
                    r.regionId(),
                    r.regionName(),
                    r.edition(),
                    r.number(),
                    r.establishedAt(),
                    r.establishedByName(),
                    r.sharedNeighbours(),
                    r.sharedNational());
        }
    }

    /**
     * The frozen text of a release: its chapters with the citations already written out, as Markdown and as safe
     * HTML. Readers outside the region get only the catalogue references among the evidence (the region's register,
     * findings and priorities stay ids of the region).
     */
    record ReleaseTextJson(ReleaseJson release, List<ReleaseChapterJson> chapters) {

        static ReleaseTextJson of(Release release, List<ReleaseChapter> chapters, boolean ownRegion) {
            return new ReleaseTextJson(
                    ReleaseJson.of(release),
                    chapters.stream()
                            .map(c -> ReleaseChapterJson.of(c, ownRegion))
                            .toList());
        }
    }

    record ReleaseChapterJson(
            int position, String title, boolean generated, String body, String bodyHtml, List<EvidenceJson> evidence) {

        static ReleaseChapterJson of(ReleaseChapter c, boolean ownRegion) {
            return new ReleaseChapterJson(
                    c.position(),
                    c.title(),
                    c.generated(),
                    c.body(),
                    Markdown.toSafeHtml(c.body()),
                    c.evidence().stream()
                            .filter(ref -> ownRegion || ref.kind() == EvidenceKind.CATALOGUE)
                            .map(EvidenceJson::of)
                            .toList());
        }
    }
}
