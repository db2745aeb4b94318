package nl.onderwijsregio.workspace.coverage;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.analysis.AnalysisStatus;
import org.jspecify.annotations.Nullable;

/**
 * How far an active region is with its analysis, in numbers and status only (never text): its latest edition, the
 * status and version being written, when it last changed, how many chapters have text, and how many distinct catalogue
 * sources and closed datasets (register entries) its chapters rest on. A region that has not started one has no
 * edition, status, version or last change.
 *
 * @param chapters        the chapters someone writes in (the generated source account not counted)
 * @param releasedVersion the number of the latest vastgestelde version, if any
 * @param sharedNational  whether that latest vastgestelde version is shared with the Realisatie-Eenheid
 */
public record AnalysisProgress(
        String regionId,
        String regionName,
        @Nullable String edition,
        @Nullable AnalysisStatus status,
        @Nullable Integer version,
        @Nullable OffsetDateTime lastChange,
        int chapters,
        int chaptersWithText,
        int sources,
        int closedDatasets,
        @Nullable Integer releasedVersion,
        boolean sharedNational) {

    /** Whether the region has started an edition. */
    public boolean started() {
        return edition != null;
    }
}
