package nl.onderwijsregio.workspace.register;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A register change that cannot be applied as asked (changed meanwhile, unknown entry or source); the reason as a message key. */
public class RegisterConflictException extends ExplainedException {

    public RegisterConflictException(String key, Object... args) {
        super(key, args);
    }
}
