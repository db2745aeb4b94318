package nl.onderwijsregio.workspace.findings;

/** The finding changed since the user opened it; nothing was overwritten. */
public class FindingConflictException extends RuntimeException {

    public FindingConflictException() {
        super("Iemand anders heeft deze bevinding intussen gewijzigd. Open haar opnieuw en breng je wijziging "
                + "nog eens aan.");
    }
}
