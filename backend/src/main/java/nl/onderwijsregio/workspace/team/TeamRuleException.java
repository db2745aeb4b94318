package nl.onderwijsregio.workspace.team;

/**
 * A team change that is not allowed or not possible; {@link #key()} names the message in the UI's bundles (Dutch and
 * English), {@link #getMessage()} is the Dutch text for logs and the API.
 */
public class TeamRuleException extends RuntimeException {

    private final String key;

    public TeamRuleException(String key, String dutch) {
        super(dutch);
        this.key = key;
    }

    /** The message key, e.g. {@code team.error.other-region}. */
    public String key() {
        return key;
    }
}
