package nl.onderwijsregio.workspace.register;

/**
 * The entry does not exist (any more) in the active region's register (the API answers 404); a conflict for the
 * screens, which reload.
 */
public class RegisterNotFoundException extends RegisterConflictException {

    public RegisterNotFoundException(String key, Object... args) {
        super(key, args);
    }
}
