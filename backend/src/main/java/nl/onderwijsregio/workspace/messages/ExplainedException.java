package nl.onderwijsregio.workspace.messages;

/**
 * The base of the services' refusals: the reason as a message key with arguments. {@link #getMessage()} is the
 * Dutch text (logs, tests); screens and the API say {@link #explanation()} in the person's language.
 */
public abstract class ExplainedException extends RuntimeException implements Explained {

    private final Message explanation;

    protected ExplainedException(String key, Object... args) {
        this(Message.of(key, args));
    }

    protected ExplainedException(Message explanation) {
        super(explanation.dutch());
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
