package nl.onderwijsregio.workspace.tenancy;

import nl.onderwijsregio.workspace.messages.Explained;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.Texts;

/** Thrown when region-scoped work is attempted without an active region. */
public class NoActiveRegionException extends IllegalStateException implements Explained {

    public NoActiveRegionException() {
        super(Texts.dutch("tenancy.no-active-region"));
    }

    @Override
    public Message explanation() {
        return Message.of("tenancy.no-active-region");
    }
}
