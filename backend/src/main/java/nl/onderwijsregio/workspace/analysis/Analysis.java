package nl.onderwijsregio.workspace.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One edition of a region's analysis as its region works on it: status, working version, chapters in order, and the
 * releases (vastgestelde versions) made of it so far, newest first.
 *
 * @param version  the version being written; a release carries the number of the version it froze
 * @param revision raised by every status change; a status change names the revision it started from
 */
public record Analysis(
        long id,
        String regionId,
        String edition,
        AnalysisStatus status,
        int version,
        int revision,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String updatedByName,
        List<Chapter> chapters,
        List<Release> releases) {

    Analysis with(List<Chapter> chapters, List<Release> releases) {
        return new Analysis(
                id,
                regionId,
                edition,
                status,
                version,
                revision,
                createdAt,
                updatedAt,
                updatedByName,
                List.copyOf(chapters),
                List.copyOf(releases));
    }

    public Optional<Chapter> chapter(long chapterId) {
        return chapters.stream().filter(c -> c.id() == chapterId).findFirst();
    }

    /** Chapters someone writes in (not the generated source account). */
    public List<Chapter> writtenChapters() {
        return chapters.stream().filter(c -> !c.generated()).toList();
    }

    public long chaptersWithText() {
        return writtenChapters().stream().filter(Chapter::hasText).count();
    }
}
