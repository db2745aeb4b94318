package nl.onderwijsregio.workspace.regions;

/** A change to the regions or neighbour pairs that breaks a rule; the message is Dutch and meant for the user. */
public class RegionRuleException extends RuntimeException {

    public RegionRuleException(String message) {
        super(message);
    }
}
