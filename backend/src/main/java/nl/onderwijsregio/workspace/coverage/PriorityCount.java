package nl.onderwijsregio.workspace.coverage;

import java.util.List;

/** Published priorities of one theme and sub-theme, nationally, and the regions that have one. */
public record PriorityCount(String theme, String subTheme, int priorities, int regions, List<String> regionNames) {

    public PriorityCount {
        regionNames = List.copyOf(regionNames);
    }
}
