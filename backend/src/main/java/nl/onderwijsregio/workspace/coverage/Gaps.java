package nl.onderwijsregio.workspace.coverage;

import java.util.List;

/**
 * Where the network has gaps.
 *
 * @param unusedEntries     catalogue entries no region uses
 * @param withoutReceived   regions that have received no closed data at all
 * @param inactive          regions whose register has not changed for {@code inactiveDays} days
 */
public record Gaps(
        List<UnusedEntry> unusedEntries,
        List<RegionActivity> withoutReceived,
        List<RegionActivity> inactive,
        int inactiveDays) {

    public Gaps {
        unusedEntries = List.copyOf(unusedEntries);
        withoutReceived = List.copyOf(withoutReceived);
        inactive = List.copyOf(inactive);
    }
}
