package nl.onderwijsregio.workspace.priorities;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A priority change that cannot be applied as asked (changed meanwhile, unknown priority or source); the reason as a message key. */
public class PriorityConflictException extends ExplainedException {

    public PriorityConflictException(String key, Object... args) {
        super(key, args);
    }
}
