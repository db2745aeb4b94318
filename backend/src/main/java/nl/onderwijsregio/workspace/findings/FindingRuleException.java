package nl.onderwijsregio.workspace.findings;

/** A change that breaks a rule of findings (e.g. editing someone else's published finding); Dutch message. */
public class FindingRuleException extends RuntimeException {

    public FindingRuleException(String message) {
        super(message);
    }
}
