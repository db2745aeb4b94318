package nl.onderwijsregio.workspace.catalogue;

import nl.onderwijsregio.workspace.messages.ExplainedException;

/** A change that cannot be applied as asked (changed meanwhile, unknown entry, bad reference); the reason as a message key. */
public class CatalogueConflictException extends ExplainedException {

    public CatalogueConflictException(String key, Object... args) {
        super(key, args);
    }
}
