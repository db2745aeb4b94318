package nl.onderwijsregio.workspace.analysis;

/** A change the analysis's rules do not allow, with the reason in Dutch for the person who tried it. */
public class AnalysisRuleException extends RuntimeException {

    public AnalysisRuleException(String message) {
        super(message);
    }
}
