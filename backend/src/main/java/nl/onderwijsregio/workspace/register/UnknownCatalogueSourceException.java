package nl.onderwijsregio.workspace.register;

import nl.onderwijsregio.workspace.messages.Message;

/** The register entry names a catalogue code that is not in the catalogue; screens show it at the code's field. */
public class UnknownCatalogueSourceException extends RegisterConflictException {

    static final String KEY = "register.onbekende-bron-catalogus";

    public UnknownCatalogueSourceException(String code) {
        super(KEY, code);
    }

    /** The message for an unknown code, also used by the CSV preview. */
    static Message message(String code) {
        return Message.of(KEY, code);
    }
}
