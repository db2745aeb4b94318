package nl.onderwijsregio.workspace.messages;

import org.springframework.security.access.AccessDeniedException;

/** A refusal for the person's role or region, with the reason as a {@link Message}. */
public class ExplainedAccessDenied extends AccessDeniedException implements Explained {

    private final Message explanation;

    public ExplainedAccessDenied(String key, Object... args) {
        super(Message.of(key, args).dutch());
        this.explanation = Message.of(key, args);
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
