package nl.onderwijsregio.workspace.analysis;

import java.time.OffsetDateTime;

/**
 * A vastgestelde (frozen, numbered) version of an analysis and with whom its region shares it. Only the own region
 * reads a release that is not shared; row-level security decides who else does.
 */
public record Release(
        long id,
        long analysisId,
        String regionId,
        String regionName,
        String edition,
        int number,
        OffsetDateTime establishedAt,
        String establishedByName,
        boolean sharedNeighbours,
        boolean sharedNational) {

    /** The name its export in {@code format} gets, without making the file. */
    public String fileName(ExportFormat format) {
        return AnalysisFiles.fileName(edition, regionName, number, format);
    }
}
