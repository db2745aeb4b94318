package nl.onderwijsregio.workspace.tenancy;

/** Thrown when region-scoped work is attempted without an active region. */
public class NoActiveRegionException extends IllegalStateException {

    public NoActiveRegionException() {
        super("Er is geen actieve regio gekozen.");
    }
}
