package nl.onderwijsregio.workspace.catalogue;

/** A change that cannot be applied as asked (changed meanwhile, unknown entry, bad reference); Dutch message. */
public class CatalogueConflictException extends RuntimeException {

    public CatalogueConflictException(String message) {
        super(message);
    }
}
