package nl.onderwijsregio.workspace.analysis;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A change the analysis's rules do not allow, with the reason in Dutch for the person who tried it. */
public class AnalysisRuleException extends ExplainedException {

    public AnalysisRuleException(String key, Object... args) {
        super(key, args);
    }
}
