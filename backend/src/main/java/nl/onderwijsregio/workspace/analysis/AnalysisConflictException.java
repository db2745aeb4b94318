package nl.onderwijsregio.workspace.analysis;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** The chapter or analysis changed since the user opened it; nothing was overwritten. */
public class AnalysisConflictException extends ExplainedException {

    public AnalysisConflictException(String key, Object... args) {
        super(key, args);
    }

    static AnalysisConflictException chapter() {
        return new AnalysisConflictException("analysis.conflict.chapter");
    }

    static AnalysisConflictException analysis() {
        return new AnalysisConflictException("analysis.conflict.analysis");
    }
}
