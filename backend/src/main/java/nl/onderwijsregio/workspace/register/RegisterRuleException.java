package nl.onderwijsregio.workspace.register;

/** A register change that breaks a rule of the register (a status step that is not allowed, a date); Dutch message. */
public class RegisterRuleException extends RuntimeException {

    public RegisterRuleException(String message) {
        super(message);
    }
}
