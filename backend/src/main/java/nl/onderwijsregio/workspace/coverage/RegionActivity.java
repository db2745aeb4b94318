package nl.onderwijsregio.workspace.coverage;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A region's register in numbers: entries, entries received, and when it last changed. */
public record RegionActivity(
        String regionId,
        String regionName,
        String regionKind,
        int registered,
        int received,
        @Nullable OffsetDateTime lastActivity) {

    /** Whether nothing changed in the register since {@code since} (or ever). */
    public boolean quietSince(OffsetDateTime since) {
        return lastActivity == null || lastActivity.isBefore(since);
    }
}
