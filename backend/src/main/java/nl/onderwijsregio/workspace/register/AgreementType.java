package nl.onderwijsregio.workspace.register;

import nl.onderwijsregio.workspace.messages.Labelled;

/** The agreement under which closed data was obtained. */
public enum AgreementType implements Labelled {
    VERWERKERSOVEREENKOMST,
    GEGEVENSDELINGSOVEREENKOMST,
    NIET_NODIG_GEAGGREGEERD,
    OTHER;
}
