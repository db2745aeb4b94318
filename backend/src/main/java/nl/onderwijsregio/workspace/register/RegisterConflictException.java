package nl.onderwijsregio.workspace.register;

/** A register change that cannot be applied as asked (changed meanwhile, unknown entry or source); Dutch message. */
public class RegisterConflictException extends RuntimeException {

    public RegisterConflictException(String message) {
        super(message);
    }
}
