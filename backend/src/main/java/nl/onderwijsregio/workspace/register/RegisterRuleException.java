package nl.onderwijsregio.workspace.register;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A register change that breaks a rule of the register (a status step that is not allowed, a date); the reason as a message key. */
public class RegisterRuleException extends ExplainedException {

    public RegisterRuleException(String key, Object... args) {
        super(key, args);
    }
}
