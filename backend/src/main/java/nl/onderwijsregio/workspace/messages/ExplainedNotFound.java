package nl.onderwijsregio.workspace.messages;

import java.util.NoSuchElementException;

/** Something that does not exist for the caller (the API answers 404), with the reason as a {@link Message}. */
public class ExplainedNotFound extends NoSuchElementException implements Explained {

    private final Message explanation;

    public ExplainedNotFound(String key, Object... args) {
        super(Message.of(key, args).dutch());
        this.explanation = Message.of(key, args);
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
