package nl.onderwijsregio.workspace.regions;

import nl.onderwijsregio.workspace.messages.ExplainedException;
import nl.onderwijsregio.workspace.messages.Message;

/** A change to the regions or neighbour pairs that breaks a rule; the reason is a message key. */
public class RegionRuleException extends ExplainedException {

    public RegionRuleException(String key, Object... args) {
        super(key, args);
    }

    public RegionRuleException(Message explanation) {
        super(explanation);
    }
}
