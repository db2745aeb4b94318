package nl.onderwijsregio.workspace.findings;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A change that breaks a rule of findings (e.g. editing someone else's published finding); the reason as a message key. */
public class FindingRuleException extends ExplainedException {

    public FindingRuleException(String key, Object... args) {
        super(key, args);
    }
}
