package nl.onderwijsregio.workspace.priorities;

/**
 * The priority does not exist or is not the active region's (the API answers 404); a conflict for the screens, which
 * reload.
 */
public class PriorityNotFoundException extends PriorityConflictException {

    public PriorityNotFoundException(String key, Object... args) {
        super(key, args);
    }
}
