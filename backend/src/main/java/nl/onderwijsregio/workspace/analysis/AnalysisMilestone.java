package nl.onderwijsregio.workspace.analysis;

import org.jspecify.annotations.Nullable;

/**
 * Published (as a Spring application event, synchronously, inside the transaction of the change) when an analysis is
 * put up for review, established, or a vastgestelde version is shared with the neighbours: others may be told.
 *
 * @param kind       what happened
 * @param regionId   the analysis's region
 * @param analysisId the analysis
 * @param releaseId  the release (established, shared), else null
 * @param version    the version it concerns
 * @param actor      the login name of who did it
 */
public record AnalysisMilestone(
        Kind kind,
        String regionId,
        long analysisId,
        @Nullable Long releaseId,
        int version,
        String actor) {

    /** What happened to the analysis. */
    public enum Kind {
        UP_FOR_REVIEW,
        ESTABLISHED,
        SHARED_WITH_NEIGHBOURS
    }
}
