package nl.onderwijsregio.workspace.analysis;

import java.util.List;

/**
 * What the workspace knows that a chapter could use, by the chapter's themes: catalogue sources not yet used in the
 * analysis, received closed data and the region's findings not yet attached, and the neighbours' published priorities.
 */
public record ChapterSuggestions(
        List<Evidence> sources,
        List<Evidence> closedData,
        List<Evidence> findings,
        List<Evidence> neighbourPriorities) {

    public boolean isEmpty() {
        return sources.isEmpty() && closedData.isEmpty() && findings.isEmpty() && neighbourPriorities.isEmpty();
    }
}
