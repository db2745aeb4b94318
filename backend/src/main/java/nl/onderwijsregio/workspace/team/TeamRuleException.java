package nl.onderwijsregio.workspace.team;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/**
 * A team change that is not allowed or not possible; the reason is a key of the backend's texts (e.g. {@code
 * team.error.other-region}), said in the person's language by the screens and the API.
 */
public class TeamRuleException extends ExplainedException {

    public TeamRuleException(String key, Object... args) {
        super(key, args);
    }

    /** The message key, e.g. {@code team.error.other-region}. */
    public String key() {
        return explanation().key();
    }
}
