package nl.onderwijsregio.workspace.coverage;

import java.time.OffsetDateTime;
import nl.onderwijsregio.workspace.themes.Theme;
import org.jspecify.annotations.Nullable;

/**
 * One cell of the coverage matrix: a region and a catalogue theme.
 *
 * @param themeEntries the theme's current catalogue entries
 * @param registered   of those, how many the region has in its register (any status)
 * @param received     of those, how many it has received
 * @param lastActivity the region's last register change (any theme), if any
 */
public record CoverageCell(
        String regionId,
        String regionName,
        String regionKind,
        Theme theme,
        int themeEntries,
        int registered,
        int received,
        @Nullable OffsetDateTime lastActivity) {

    /** Registered as a whole percentage of the theme's entries. */
    public int registeredPercent() {
        return percent(registered);
    }

    /** Received as a whole percentage of the theme's entries. */
    public int receivedPercent() {
        return percent(received);
    }

    private int percent(int part) {
        return themeEntries == 0 ? 0 : Math.round(100f * part / themeEntries);
    }
}
