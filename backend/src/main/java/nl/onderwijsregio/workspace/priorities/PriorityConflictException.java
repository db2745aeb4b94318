package nl.onderwijsregio.workspace.priorities;

/** A priority change that cannot be applied as asked (changed meanwhile, unknown priority or source); Dutch message. */
public class PriorityConflictException extends RuntimeException {

    public PriorityConflictException(String message) {
        super(message);
    }
}
