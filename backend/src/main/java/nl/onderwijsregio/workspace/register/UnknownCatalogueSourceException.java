package nl.onderwijsregio.workspace.register;

/** The register entry names a catalogue code that is not in the catalogue; screens show it at the code's field. */
public class UnknownCatalogueSourceException extends RegisterConflictException {

    public UnknownCatalogueSourceException(String code) {
        super(message(code));
    }

    /** The Dutch message for an unknown code, also used by the CSV preview. */
    static String message(String code) {
        return "Onbekende bron in de catalogus: " + code
                + ". Gebruik een code uit de catalogus (zoals e053) of laat het veld leeg en beschrijf de bron.";
    }
}
